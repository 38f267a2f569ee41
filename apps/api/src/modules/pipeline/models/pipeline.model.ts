import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ConnectionType } from '../../../core/graphql/connection';

export enum StageKind {
  OPEN = 'OPEN',
  WON = 'WON',
  LOST = 'LOST',
}
registerEnumType(StageKind, { name: 'PipelineStageKind', description: 'OPEN columns hold live deals; the one WON and one LOST column receive closed ones' });

export enum OpportunityStatus {
  OPEN = 'OPEN',
  WON = 'WON',
  LOST = 'LOST',
}
registerEnumType(OpportunityStatus, { name: 'OpportunityStatus' });

export enum QuotaPeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(QuotaPeriodKind, { name: 'QuotaPeriodKind' });

export enum CommissionAppliesTo {
  ALL = 'ALL',
  MEMBER = 'MEMBER',
  TEAM = 'TEAM',
}
registerEnumType(CommissionAppliesTo, { name: 'CommissionAppliesTo', description: 'Whose sales a rule pays: a rep’s own rule wins over their team’s, which wins over ALL' });

export enum CommissionBasis {
  AMOUNT = 'AMOUNT',
  ATTAINMENT = 'ATTAINMENT',
}
registerEnumType(CommissionBasis, { name: 'CommissionBasis', description: 'Tier thresholds in Rial credited (AMOUNT) or in percent of the rep’s quota (ATTAINMENT)' });

@ObjectType({ description: 'A column of the sales pipeline (configurable per workspace)' })
export class PipelineStage {
  @Field(() => ID) id: string;
  @Field() nameFa: string;
  @Field() nameEn: string;
  @Field(() => Int, { description: 'Left-to-right order, 0-based and dense' }) position: number;
  @Field(() => Int, { description: 'Default win probability (percent) of deals in this column' }) probability: number;
  @Field(() => StageKind) kind: StageKind;
}

@ObjectType({ description: 'A sales opportunity (فرصت تجاری) followed by a rep' })
export class Opportunity {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => ID) contactId: string;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field(() => ID) stageId: string;
  @Field(() => GraphQLSafeInt, { description: 'Rial' }) amount: number;
  @Field(() => Int, { description: 'Percent; the stage’s default unless set on the deal' }) probability: number;
  @Field({ description: 'Whether probability was set on the deal (otherwise it follows the stage)' }) probabilityOverridden: boolean;
  @Field(() => GraphQLSafeInt, { description: 'round(amount × probability / 100), Rial' }) weightedAmount: number;
  @Field(() => String, { nullable: true, description: 'ISO date (Gregorian), e.g. 2026-03-20' }) expectedCloseDate: string | null;
  @Field(() => String, { nullable: true, description: 'The same day on the Jalali calendar, e.g. 1404/12/29' }) expectedCloseDateJalali: string | null;
  @Field(() => OpportunityStatus) status: OpportunityStatus;
  @Field(() => String, { nullable: true }) lostReason: string | null;
  @Field(() => Date, { nullable: true }) wonAt: Date | null;
  @Field(() => Date, { nullable: true }) lostAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The pro-forma a won deal became' }) proformaId: string | null;
  @Field(() => Int, { description: 'Order within its stage (kanban), 0-based and dense' }) position: number;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  ownerMemberId: string | null;
}

export const OpportunityConnection = ConnectionType(Opportunity);

@ObjectType({ description: 'A kanban column: the stage, totals over all its matching deals, and the first of them in order' })
export class OpportunityBoardColumn {
  @Field(() => PipelineStage) stage: PipelineStage;
  @Field(() => Int) count: number;
  @Field(() => GraphQLSafeInt, { description: 'Sum of amounts, Rial' }) amount: number;
  @Field(() => GraphQLSafeInt, { description: 'round(Σ amount × probability / 100), Rial' }) weightedAmount: number;
  @Field(() => [Opportunity], { description: 'In kanban order; at most `perStage` of them' }) opportunities: Opportunity[];
}

@ObjectType()
export class OpportunityBoard {
  @Field(() => [OpportunityBoardColumn]) columns: OpportunityBoardColumn[];
}

@ObjectType()
export class SalesTeam {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) leadMemberId: string | null;
  @Field(() => [ID]) memberIds: string[];
}

@ObjectType({ description: 'A sales target of a rep or a team for a Jalali month or quarter, Rial' })
export class SalesQuota {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) memberId: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => QuotaPeriodKind) periodKind: QuotaPeriodKind;
  @Field(() => Int) jalaliYear: number;
  @Field(() => Int, { description: 'Month 1–12 (1 = Farvardin) or quarter 1–4' }) periodIndex: number;
  @Field(() => GraphQLSafeInt) target: number;
}

@ObjectType()
export class CommissionTier {
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'AMOUNT rules: the tier starts at this many Rial credited in the period' }) fromAmount: number | null;
  @Field(() => Int, { nullable: true, description: 'ATTAINMENT rules: the tier starts at this percent of the quota' }) fromAttainmentPercent: number | null;
  @Field(() => Int, { description: 'Commission rate in basis points (250 = 2.5%)' }) rateBp: number;
}

@ObjectType({ description: 'Marginal tiers: each tier’s rate applies only to the part of the credited amount inside that tier' })
export class CommissionRule {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => CommissionAppliesTo) appliesTo: CommissionAppliesTo;
  @Field(() => ID, { nullable: true }) memberId: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => CommissionBasis) basis: CommissionBasis;
  @Field(() => [CommissionTier]) tiers: CommissionTier[];
}

@ObjectType()
export class SalesPeriod {
  @Field(() => QuotaPeriodKind) kind: QuotaPeriodKind;
  @Field(() => Int) jalaliYear: number;
  @Field(() => Int) index: number;
  @Field({ description: 'First instant of the period in the workspace time zone' }) startsAt: Date;
  @Field({ description: 'First instant after the period' }) endsAt: Date;
}

@ObjectType({ description: 'One rep’s period: quota, paid amounts credited to them, attainment and commission' })
export class SalesPerformanceRow {
  @Field(() => ID) memberId: string;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'The rep’s quota for the period, if one is set' }) target: number | null;
  @Field(() => GraphQLSafeInt, { description: 'Paid invoice amounts credited to the rep in the period, Rial' }) achieved: number;
  @Field(() => Float, { nullable: true, description: 'achieved / target × 100, two decimals; null without a target' }) attainmentPercent: number | null;
  @Field(() => GraphQLSafeInt, { description: 'Rial, by the rule that applies to the rep (0 without one)' }) commission: number;
  @Field(() => ID, { nullable: true }) commissionRuleId: string | null;
}

@ObjectType()
export class SalesTeamPerformanceRow {
  @Field(() => ID) teamId: string;
  @Field() name: string;
  @Field(() => GraphQLSafeInt, { nullable: true }) target: number | null;
  @Field(() => GraphQLSafeInt, { description: 'Sum over the team’s current members' }) achieved: number;
  @Field(() => Float, { nullable: true }) attainmentPercent: number | null;
  @Field(() => GraphQLSafeInt, { description: 'Sum of its members’ commissions' }) commission: number;
}

@ObjectType()
export class SalesPerformance {
  @Field(() => SalesPeriod) period: SalesPeriod;
  @Field(() => [SalesPerformanceRow], { description: 'Reps with a quota or credited payments in the period' }) reps: SalesPerformanceRow[];
  @Field(() => [SalesTeamPerformanceRow]) teams: SalesTeamPerformanceRow[];
}
