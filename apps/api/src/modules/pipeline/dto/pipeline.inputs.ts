import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { SalesLineInput } from '../../sales/dto/sales.inputs';
import { CommissionAppliesTo, CommissionBasis, OpportunityStatus, StageKind } from '../models/pipeline.model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class CreatePipelineStageInput {
  @Field() @IsString() @Length(1, 100) nameFa: string;
  @Field() @IsString() @Length(1, 100) nameEn: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) probability: number;
  @Field(() => Int, { nullable: true, description: 'Where to insert it (0-based); default: after the last OPEN column' }) @IsOptional() @IsInt() @Min(0) position?: number;
}

@InputType()
export class UpdatePipelineStageInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) nameFa?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) nameEn?: string;
  @Field(() => Int, { nullable: true, description: 'OPEN columns only; deals that follow the stage default take the new value' })
  @IsOptional() @IsInt() @Min(0) @Max(100) probability?: number;
}

@InputType()
export class CreateOpportunityInput {
  @Field() @IsString() @Length(1, 200) title: string;
  @Field(() => ID) @IsUUID('all', { message: 'contactId must be a contact id' }) contactId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'organizationId must be an organization id' }) organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'An OPEN stage; default the first one' }) @IsOptional() @IsUUID('all', { message: 'stageId must be a stage id' }) stageId?: string;
  @Field(() => GraphQLSafeInt, { description: 'Rial, ≥ 0' }) @IsInt() @Min(0, { message: 'amount must be 0 or more Rial' }) amount: number;
  @Field(() => Int, { nullable: true, description: 'Percent; default the stage’s' }) @IsOptional() @IsInt() @Min(0) @Max(100) probability?: number | null;
  @Field(() => String, { nullable: true, description: 'ISO date, e.g. 2026-03-20' }) @IsOptional() @Matches(ISO_DATE, { message: 'expectedCloseDate must be a date like 2026-03-20' }) expectedCloseDate?: string | null;
  @Field(() => ID, { nullable: true, description: 'The rep; default the caller' }) @IsOptional() @IsUUID('all', { message: 'ownerId must be a staff member id' }) ownerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
}

@InputType()
export class UpdateOpportunityInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) title?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'organizationId must be an organization id' }) organizationId?: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) @IsOptional() @IsInt() @Min(0, { message: 'amount must be 0 or more Rial' }) amount?: number;
  @Field(() => Int, { nullable: true, description: 'Percent; null goes back to the stage’s default' }) @IsOptional() @IsInt() @Min(0) @Max(100) probability?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(ISO_DATE, { message: 'expectedCloseDate must be a date like 2026-03-20' }) expectedCloseDate?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'ownerId must be a staff member id' }) ownerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
}

@InputType()
export class MoveOpportunityInput {
  @Field(() => ID, { description: 'An OPEN stage (win and lose have their own mutations)' }) @IsUUID('all', { message: 'stageId must be a stage id' }) stageId: string;
  @Field(() => Int, { nullable: true, description: '0-based place in the column; default (or beyond the end): last' }) @IsOptional() @IsInt() @Min(0) position?: number;
}

@InputType({ description: 'What the won deal was sold as: a DRAFT pro-forma for the deal’s contact and rep, priced by the catalog' })
export class WinProformaInput {
  @Field(() => [SalesLineInput])
  @ArrayMinSize(1, { message: 'a pro-forma needs at least one line' })
  @ValidateNested({ each: true })
  @Type(() => SalesLineInput)
  lines: SalesLineInput[];
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 40) couponCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@InputType()
export class LoseOpportunityInput {
  @Field({ description: 'Why it was lost (price, competitor, timing…)' }) @IsString() @MaxLength(1000) reason: string;
}

@InputType()
export class OpportunityFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'ownerId must be a staff member id' }) ownerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'contactId must be a contact id' }) contactId?: string;
  @Field(() => [OpportunityStatus], { nullable: true }) @IsOptional() @IsEnum(OpportunityStatus, { each: true }) statuses?: OpportunityStatus[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'stageId must be a stage id' }) stageId?: string;
}

@InputType({ description: 'A Jalali month (month 1–12) or quarter (1–4) of a Jalali year: exactly one of them' })
export class SalesPeriodInput {
  @Field(() => Int) @IsInt() @Min(1300) @Max(1600) jalaliYear: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(12) month?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(4) quarter?: number;
}

@InputType({ description: 'A rep’s or a team’s target: exactly one of memberId / teamId' })
export class SetSalesQuotaInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'memberId must be a staff member id' }) memberId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'teamId must be a sales team id' }) teamId?: string;
  @Field(() => SalesPeriodInput) @ValidateNested() @Type(() => SalesPeriodInput) period: SalesPeriodInput;
  @Field(() => GraphQLSafeInt, { description: 'Rial, ≥ 0' }) @IsInt() @Min(0, { message: 'target must be 0 or more Rial' }) target: number;
}

@InputType()
export class SalesTeamInput {
  @Field() @IsString() @Length(1, 100) name: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'leadMemberId must be a staff member id' }) leadMemberId?: string | null;
  @Field(() => [ID]) @ArrayMaxSize(200) @IsUUID('all', { each: true, message: 'memberIds must be staff member ids' }) memberIds: string[];
}

@InputType()
export class CommissionTierInput {
  @Field(() => GraphQLSafeInt, { nullable: true }) @IsOptional() @IsInt() @Min(0) fromAmount?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1000) fromAttainmentPercent?: number;
  @Field(() => Int, { description: 'Basis points, 0–10000' }) @IsInt() @Min(0) @Max(10_000) rateBp: number;
}

@InputType({ description: 'Creates or replaces the rule of its target (ALL, a rep or a team)' })
export class SetCommissionRuleInput {
  @Field() @IsString() @Length(1, 100) name: string;
  @Field(() => CommissionAppliesTo) @IsEnum(CommissionAppliesTo) appliesTo: CommissionAppliesTo;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'memberId must be a staff member id' }) memberId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'teamId must be a sales team id' }) teamId?: string;
  @Field(() => CommissionBasis) @IsEnum(CommissionBasis) basis: CommissionBasis;
  @Field(() => [CommissionTierInput], { description: 'Ascending thresholds; the first starts at 0' })
  @ArrayMinSize(1) @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => CommissionTierInput) tiers: CommissionTierInput[];
}

