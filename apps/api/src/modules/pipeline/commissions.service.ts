import { Injectable } from '@nestjs/common';
import { DEFAULT_TIME_ZONE } from '@peyvand/calendar';
import { EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError } from '../../core/errors/domain-errors';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { attainmentPercent, attainmentTiersInRial, tieredCommission } from './commission-math';
import { SalesPeriodInput, SetCommissionRuleInput } from './dto/pipeline.inputs';
import { periodBounds, periodOf } from './jalali-period';
import { CommissionAppliesTo, CommissionBasis, CommissionRule, SalesPerformance, SalesPerformanceRow, SalesTeam } from './models/pipeline.model';
import { CommissionRuleEntity, SalesTeamEntity, StoredTier } from './pipeline.entities';
import { QuotasService } from './quotas.service';

const toRule = (e: CommissionRuleEntity): CommissionRule => ({
  id: e.id, name: e.name, appliesTo: e.appliesTo as CommissionAppliesTo, memberId: e.memberId, teamId: e.teamId, basis: e.basis as CommissionBasis,
  tiers: e.tiers.map((t) => ({
    fromAmount: e.basis === CommissionBasis.AMOUNT ? t.from : null,
    fromAttainmentPercent: e.basis === CommissionBasis.ATTAINMENT ? t.from : null,
    rateBp: t.rateBp,
  })),
});

/**
 * Commission rules (tiered percent of paid invoice amounts) and the per-rep performance report. Which rule pays a
 * rep: their own (MEMBER) rule, else the oldest rule of a team they belong to, else the workspace's ALL rule.
 */
@Injectable()
export class CommissionsService {
  constructor(
    private readonly db: TenantDb,
    private readonly quotas: QuotasService,
    private readonly workspaces: WorkspacesService,
  ) {}

  rules(): Promise<CommissionRule[]> {
    return this.db.tx(async (em) => (await em.find(CommissionRuleEntity, { order: { createdAt: 'ASC' } })).map(toRule));
  }

  /** Creates or replaces the rule of a target (ALL, one rep or one team). */
  set(input: SetCommissionRuleInput): Promise<CommissionRule> {
    const tiers = validateTiers(input);
    return this.db.tx(async (em) => {
      if (input.appliesTo === CommissionAppliesTo.MEMBER) await this.quotas.assertStaff([input.memberId!], 'input.memberId');
      if (input.appliesTo === CommissionAppliesTo.TEAM && !(await em.exists(SalesTeamEntity, { where: { id: input.teamId! } }))) {
        throw BadInputError.field('input.teamId', 'is not a sales team of this workspace');
      }
      const [row] = await em.query(
        `INSERT INTO commission_rules (workspace_id, name, applies_to, member_id, team_id, basis, tiers) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT commission_rules_target_key
         DO UPDATE SET name = EXCLUDED.name, basis = EXCLUDED.basis, tiers = EXCLUDED.tiers, updated_at = now()
         RETURNING id`,
        [this.db.currentWorkspaceId(), input.name.trim(), input.appliesTo, input.memberId ?? null, input.teamId ?? null, input.basis, JSON.stringify(tiers)],
      );
      return toRule((await em.findOne(CommissionRuleEntity, { where: { id: row.id } }))!);
    });
  }

  /** Target, achieved (credited paid amounts), attainment and commission per rep and per team for a Jalali month or quarter. */
  async performance(input: SalesPeriodInput): Promise<SalesPerformance> {
    const ref = periodOf(input, 'period');
    const workspace = await this.workspaces.current();
    const period = periodBounds(ref, workspace.timezone ?? DEFAULT_TIME_ZONE);
    return this.db.tx(async (em) => {
      // one transaction, one connection: one statement at a time
      const quotas = await this.quotas.quotasIn(em, ref);
      const teams = await this.quotas.teamsIn(em);
      const rules = await em.find(CommissionRuleEntity, { order: { createdAt: 'ASC' } });
      const credited = await this.creditedIn(em, period.startsAt, period.endsAt);
      const memberTarget = new Map(quotas.filter((q) => q.memberId).map((q) => [q.memberId!, q.target]));
      const teamTarget = new Map(quotas.filter((q) => q.teamId).map((q) => [q.teamId!, q.target]));
      const memberIds = [...new Set([...memberTarget.keys(), ...credited.keys()])];
      const row = (memberId: string): SalesPerformanceRow => {
        const target = memberTarget.get(memberId) ?? null;
        const achieved = credited.get(memberId) ?? 0;
        const rule = ruleFor(memberId, rules, teams);
        const tiers = !rule ? [] : rule.basis === CommissionBasis.AMOUNT ? rule.tiers : attainmentTiersInRial(rule.tiers, target);
        return { memberId, target, achieved, attainmentPercent: attainmentPercent(achieved, target), commission: tieredCommission(achieved, tiers), commissionRuleId: rule?.id ?? null };
      };
      const reps = memberIds.map(row).sort((a, b) => b.achieved - a.achieved || a.memberId.localeCompare(b.memberId));
      return {
        period,
        reps,
        teams: teams.map((t) => {
          const members = t.memberIds.map(row);
          const target = teamTarget.get(t.id) ?? null;
          const achieved = members.reduce((sum, m) => sum + m.achieved, 0);
          return { teamId: t.id, name: t.name, target, achieved, attainmentPercent: attainmentPercent(achieved, target), commission: members.reduce((sum, m) => sum + m.commission, 0) };
        }),
      };
    });
  }

  private async creditedIn(em: EntityManager, from: Date, to: Date): Promise<Map<string, number>> {
    const rows: Array<{ member_id: string; amount: string }> = await em.query(
      `SELECT member_id, sum(amount)::text AS amount FROM sales_credit WHERE member_id IS NOT NULL AND paid_at >= $1 AND paid_at < $2 GROUP BY member_id`,
      [from, to],
    );
    return new Map(rows.map((r) => [r.member_id, Number(r.amount)]));
  }
}

function ruleFor(memberId: string, rules: CommissionRuleEntity[], teams: SalesTeam[]): CommissionRuleEntity | undefined {
  const teamIds = new Set(teams.filter((t) => t.memberIds.includes(memberId)).map((t) => t.id));
  return (
    rules.find((r) => r.appliesTo === CommissionAppliesTo.MEMBER && r.memberId === memberId) ??
    rules.find((r) => r.appliesTo === CommissionAppliesTo.TEAM && teamIds.has(r.teamId!)) ??
    rules.find((r) => r.appliesTo === CommissionAppliesTo.ALL)
  );
}

/** Tiers as stored ({ from, rateBp }), after checking they fit the basis, start at 0 and rise strictly. */
function validateTiers(input: SetCommissionRuleInput): StoredTier[] {
  if (input.appliesTo === CommissionAppliesTo.MEMBER && !input.memberId) throw BadInputError.field('input.memberId', 'is required for a MEMBER rule');
  if (input.appliesTo === CommissionAppliesTo.TEAM && !input.teamId) throw BadInputError.field('input.teamId', 'is required for a TEAM rule');
  if (input.appliesTo !== CommissionAppliesTo.MEMBER && input.memberId) throw BadInputError.field('input.memberId', `must be empty for a ${input.appliesTo} rule`);
  if (input.appliesTo !== CommissionAppliesTo.TEAM && input.teamId) throw BadInputError.field('input.teamId', `must be empty for a ${input.appliesTo} rule`);
  const own = input.basis === CommissionBasis.AMOUNT ? 'fromAmount' : 'fromAttainmentPercent';
  const other = input.basis === CommissionBasis.AMOUNT ? 'fromAttainmentPercent' : 'fromAmount';
  const errors: Array<{ field: string; message: string }> = [];
  const tiers = input.tiers.map((t, i) => {
    if (t[other] != null) errors.push({ field: `input.tiers.${i}.${other}`, message: `must be empty: the rule's basis is ${input.basis}` });
    const from = t[own];
    if (from == null) errors.push({ field: `input.tiers.${i}.${own}`, message: 'is required' });
    else if (i === 0 && from !== 0) errors.push({ field: `input.tiers.0.${own}`, message: 'the first tier starts at 0' });
    else if (i > 0 && from <= (input.tiers[i - 1][own] ?? -1)) errors.push({ field: `input.tiers.${i}.${own}`, message: 'must be above the previous tier' });
    return { from: from ?? 0, rateBp: t.rateBp };
  });
  if (errors.length) throw new BadInputError(errors);
  return tiers;
}
