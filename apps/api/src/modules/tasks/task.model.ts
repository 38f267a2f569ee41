import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export enum TaskKind { CALL = 'CALL', MEETING = 'MEETING', EMAIL = 'EMAIL', TODO = 'TODO' }
export enum TaskStatus { OPEN = 'OPEN', DONE = 'DONE', CANCELLED = 'CANCELLED' }
export enum TaskScope { TODAY = 'TODAY', OVERDUE = 'OVERDUE', UPCOMING = 'UPCOMING', ALL_OPEN = 'ALL_OPEN' }
registerEnumType(TaskKind, { name: 'TaskKind' });
registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(TaskScope, { name: 'TaskScope', description: 'TODAY and OVERDUE are computed in the workspace time zone' });

@ObjectType()
export class Task {
  @Field(() => ID) id: string;
  @Field(() => TaskKind) kind: TaskKind;
  @Field() title: string;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field(() => TaskStatus) status: TaskStatus;
  @Field(() => String, { nullable: true }) outcome: string | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field() createdAt: Date;
  assigneeMemberId: string | null;
  contactId: string | null;
}

@InputType()
export class CreateTaskInput {
  @Field(() => TaskKind) @IsEnum(TaskKind) kind: TaskKind;
  @Field() @IsString() @Length(1, 300) title: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
  @Field({ nullable: true }) @IsOptional() @IsDate() dueAt?: Date;
  @Field(() => ID, { nullable: true, description: 'Default: the caller' }) @IsOptional() @IsUUID() assigneeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contactId?: string;
}

@InputType()
export class UpdateTaskInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 300) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
  @Field({ nullable: true }) @IsOptional() @IsDate() dueAt?: Date;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeId?: string;
}
