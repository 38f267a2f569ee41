import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors/domain-errors';
import { StaffService } from '../identity/staff.service';
import { SalesPeriodInput, SalesTeamInput, SetSalesQuotaInput } from './dto/pipeline.inputs';
import { PeriodRef, periodOf } from './jalali-period';
import { QuotaPeriodKind, SalesQuota, SalesTeam } from './models/pipeline.model';
import { SalesQuotaEntity, SalesTeamEntity, SalesTeamMemberEntity } from './pipeline.entities';

export const toQuota = (e: SalesQuotaEntity): SalesQuota => ({
  id: e.id, memberId: e.memberId, teamId: e.teamId, periodKind: e.periodKind as QuotaPeriodKind, jalaliYear: e.jalaliYear, periodIndex: e.periodIndex, target: e.target,
});

/** Sales teams and their members, and the targets (quotas) of reps and teams per Jalali month or quarter. */
@Injectable()
export class QuotasService {
  constructor(
    private readonly db: TenantDb,
    private readonly staff: StaffService,
  ) {}

  teams(): Promise<SalesTeam[]> {
    return this.db.tx((em) => this.teamsIn(em));
  }

  async teamsIn(em: EntityManager): Promise<SalesTeam[]> {
    const teams = await em.find(SalesTeamEntity, { order: { name: 'ASC' } });
    const members = await em.find(SalesTeamMemberEntity);
    return teams.map((t) => ({ id: t.id, name: t.name, leadMemberId: t.leadMemberId, memberIds: members.filter((m) => m.teamId === t.id).map((m) => m.memberId).sort() }));
  }

  /** Creates a team (no id) or replaces its name, lead and members. */
  setTeam(id: string | null | undefined, input: SalesTeamInput): Promise<SalesTeam> {
    return this.db.tx(async (em) => {
      const memberIds = [...new Set(input.memberIds)];
      await this.assertStaff([...memberIds, ...(input.leadMemberId ? [input.leadMemberId] : [])], 'input.memberIds');
      const name = input.name.trim();
      const clash = await em.findOne(SalesTeamEntity, { where: { name } });
      if (clash && clash.id !== id) throw new ConflictError(`A sales team named "${name}" already exists`, { field: 'input.name' });
      const team = id ? await em.findOne(SalesTeamEntity, { where: { id } }) : em.create(SalesTeamEntity, { workspaceId: this.db.currentWorkspaceId()! });
      if (!team) throw new NotFoundError('SalesTeam', id!);
      team.name = name;
      team.leadMemberId = input.leadMemberId ?? null;
      const saved = await em.save(team);
      await em.delete(SalesTeamMemberEntity, { teamId: saved.id });
      if (memberIds.length) await em.insert(SalesTeamMemberEntity, memberIds.map((memberId) => ({ workspaceId: saved.workspaceId, teamId: saved.id, memberId })));
      return (await this.teamsIn(em)).find((t) => t.id === saved.id)!;
    });
  }

  list(input: SalesPeriodInput): Promise<SalesQuota[]> {
    const period = periodOf(input, 'period');
    return this.db.tx(async (em) => (await this.quotasIn(em, period)).map(toQuota));
  }

  quotasIn(em: EntityManager, period: PeriodRef): Promise<SalesQuotaEntity[]> {
    return em.find(SalesQuotaEntity, { where: { periodKind: period.kind, jalaliYear: period.jalaliYear, periodIndex: period.index }, order: { createdAt: 'ASC' } });
  }

  /** Sets (creates or replaces) the target of a rep or a team for a period. */
  set(input: SetSalesQuotaInput): Promise<SalesQuota> {
    if ((input.memberId == null) === (input.teamId == null)) throw BadInputError.field('input.memberId', 'give either memberId (a rep) or teamId (a team)');
    const period = periodOf(input.period, 'input.period');
    return this.db.tx(async (em) => {
      if (input.memberId) await this.assertStaff([input.memberId], 'input.memberId');
      if (input.teamId && !(await em.exists(SalesTeamEntity, { where: { id: input.teamId } }))) throw BadInputError.field('input.teamId', 'is not a sales team of this workspace');
      const [row] = await em.query(
        `INSERT INTO sales_quotas (workspace_id, member_id, team_id, period_kind, jalali_year, period_index, target)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT sales_quotas_subject_period_key DO UPDATE SET target = EXCLUDED.target, updated_at = now()
         RETURNING id`,
        [this.db.currentWorkspaceId(), input.memberId ?? null, input.teamId ?? null, period.kind, period.jalaliYear, period.index, input.target],
      );
      return toQuota((await em.findOne(SalesQuotaEntity, { where: { id: row.id } }))!);
    });
  }

  async assertStaff(memberIds: string[], field: string): Promise<void> {
    if (!memberIds.length) return;
    const found = new Set((await this.staff.findByIds([...new Set(memberIds)])).map((m) => m.id));
    const missing = memberIds.find((id) => !found.has(id));
    if (missing) throw BadInputError.field(field, `${missing} is not a staff member of this workspace`);
  }
}
