import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../core/graphql/connection';
import { CallOutcome, CallScope, EnrolmentStatus, FollowUpStepKind, FollowUpTrigger, JobRunStatus } from '../models/automation.model';

@InputType()
export class FollowUpStepInput {
  @Field(() => FollowUpStepKind) @IsEnum(FollowUpStepKind) kind: FollowUpStepKind;
  @Field(() => Int) @IsInt() @Min(0) @Max(365) delayDays: number;
  @Field({ nullable: true, description: 'SMS/EMAIL: a saved template by key …' }) @IsOptional() @IsString() @MaxLength(80) templateKey?: string;
  @Field({ nullable: true, description: '… or text with {{variables}}' }) @IsOptional() @IsString() @Length(1, 2000) body?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) subject?: string;
  @Field({ nullable: true, description: 'CALL: what the rep says and asks' }) @IsOptional() @IsString() @MaxLength(4000) callScript?: string;
  @Field(() => Int, { defaultValue: 3, description: 'CALL: attempts before giving up (no answer → next working day)' }) @IsInt() @Min(1) @Max(10) maxAttempts: number = 3;
  @Field({ defaultValue: true }) @IsBoolean() skipIfPurchased: boolean = true;
  @Field({ defaultValue: true }) @IsBoolean() skipIfReplied: boolean = true;
}

@InputType()
export class FollowUpPlanInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @Field(() => FollowUpTrigger, { defaultValue: FollowUpTrigger.MANUAL }) @IsEnum(FollowUpTrigger) trigger: FollowUpTrigger = FollowUpTrigger.MANUAL;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean = true;
  @Field(() => [ID], { defaultValue: [] }) @IsUUID('all', { each: true }) @ArrayMaxSize(50) teamMemberIds: string[] = [];
  @Field(() => [FollowUpStepInput]) @ValidateNested({ each: true }) @Type(() => FollowUpStepInput) @ArrayMaxSize(20) steps: FollowUpStepInput[];
}

@ArgsType()
export class EnrolmentsArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() planId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contactId?: string;
  @Field(() => EnrolmentStatus, { nullable: true }) @IsOptional() @IsEnum(EnrolmentStatus) status?: EnrolmentStatus;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(100) first: number = 50;
}

@InputType()
export class RecordCallOutcomeInput {
  @Field(() => ID) @IsUUID() callId: string;
  @Field(() => CallOutcome) @IsEnum(CallOutcome) outcome: CallOutcome;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@ArgsType()
export class CallsArgs {
  @Field(() => CallScope, { defaultValue: CallScope.TODAY }) @IsEnum(CallScope) scope: CallScope = CallScope.TODAY;
  @Field({ defaultValue: true, description: 'Only calls assigned to me' }) @IsBoolean() mine: boolean = true;
}

@ArgsType()
export class JobRunsArgs {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) job?: string;
  @Field(() => JobRunStatus, { nullable: true }) @IsOptional() @IsEnum(JobRunStatus) status?: JobRunStatus;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(100) first: number = 50;
}

@ArgsType()
export class RunJobNowArgs {
  @Field() @IsString() @MaxLength(100) job: string;
  @Field({ nullable: true, description: 'Daily jobs: the day to run (YYYY-MM-DD), for this workspace' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  day?: string;
}

@ArgsType()
export class UpcomingDatesArgs extends PageArgs {
  @Field(() => Int, { defaultValue: 7 }) @IsInt() @Min(1) @Max(31) days: number = 7;
}
