import { Injectable } from '@nestjs/common';
import { formatJalali, isValidGregorianDate, parseISODate, toJalali } from '@peyvand/calendar';
import { EntityManager, In } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { ContactLoaders } from '../contacts/contacts.loaders';
import { ContactsService } from '../contacts/contacts.service';
import { StaffService } from '../identity/staff.service';
import { SalesService } from '../sales/sales.service';
import { CreateOpportunityInput, WinProformaInput, LoseOpportunityInput, MoveOpportunityInput, OpportunityFilter, UpdateOpportunityInput } from './dto/pipeline.inputs';
import { Opportunity, OpportunityBoard, OpportunityStatus, StageKind } from './models/pipeline.model';
import { OpportunityEntity, PipelineStageEntity } from './pipeline.entities';
import { OpportunityEvent, OpportunityLostEvent, OpportunityMovedEvent, PipelineEvents } from './pipeline.events';
import { PipelineStagesService, toStage } from './pipeline-stages.service';

/** round(amount × probability / 100) in Rial, exact for any safe amount. */
export const weighted = (amount: number, probability: number): number => Number((BigInt(amount) * BigInt(probability) + 50n) / 100n);

export const toOpportunity = (e: OpportunityEntity): Opportunity => {
  const close = e.expectedCloseDate ? parseISODate(e.expectedCloseDate) : null;
  return {
    id: e.id, title: e.title, contactId: e.contactId, organizationId: e.organizationId, stageId: e.stageId, amount: e.amount,
    probability: e.probability, probabilityOverridden: e.probabilityOverridden, weightedAmount: weighted(e.amount, e.probability),
    expectedCloseDate: e.expectedCloseDate, expectedCloseDateJalali: close ? formatJalali(toJalali(close), { digits: 'latn' }) : null,
    status: e.status as OpportunityStatus, lostReason: e.lostReason, wonAt: e.wonAt, lostAt: e.lostAt, proformaId: e.proformaId,
    position: e.position, notes: e.notes, createdAt: e.createdAt, updatedAt: e.updatedAt, ownerMemberId: e.ownerMemberId,
  };
};

const MAX_PER_STAGE = 100;

/**
 * Opportunities on the kanban. Within a stage, `position` is dense (0…n−1): every insert, move and close shifts the
 * neighbours in the same transaction, with the stage rows locked so concurrent moves in a column serialise.
 * Closing a deal (win/lose) moves it into the workspace's WON or LOST column; closed deals no longer move.
 */
@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly events: DomainEvents,
    private readonly stages: PipelineStagesService,
    private readonly contacts: ContactsService,
    private readonly contactLoaders: ContactLoaders,
    private readonly staff: StaffService,
    private readonly sales: SalesService,
  ) {}

  private actorMemberId(): string | null {
    const p = this.context.principal();
    return p?.kind === 'staff' ? p.memberId : null;
  }

  get(id: string): Promise<Opportunity> {
    return this.db.tx(async (em) => toOpportunity(await this.load(em, id)));
  }

  list(args: PageArgs, filter: OpportunityFilter = {}): Promise<Connection<Opportunity>> {
    return this.db.tx((em) => {
      const qb = em.createQueryBuilder(OpportunityEntity, 'o');
      const { sql, params } = filterSql(filter, 'o');
      if (sql.length) qb.where(sql.join(' AND '), params);
      return paginate(qb, args, { orderBy: 'createdAt', map: toOpportunity, count: this.db.count });
    });
  }

  /** Every stage with the totals of its matching deals and the first `perStage` of them in kanban order. */
  board(filter: OpportunityFilter = {}, perStage = 50): Promise<OpportunityBoard> {
    const limit = Math.max(1, Math.min(perStage, MAX_PER_STAGE));
    return this.db.tx(async (em) => {
      const stages = await em.find(PipelineStageEntity, { order: { position: 'ASC' } });
      const { sql, params } = filterSql(filter, 'o');
      const where = sql.length ? `WHERE ${sql.join(' AND ')}` : '';
      const [query, values] = em.connection.driver.escapeQueryWithParameters(
        `SELECT o.stage_id, count(*)::int AS count, coalesce(sum(o.amount), 0)::text AS amount,
                coalesce(round(sum(o.amount::numeric * o.probability) / 100), 0)::text AS weighted
           FROM opportunities o ${where} GROUP BY o.stage_id`,
        params,
      );
      const totals: Array<{ stage_id: string; count: number; amount: string; weighted: string }> = await em.query(query, values);
      const [idsQuery, idsValues] = em.connection.driver.escapeQueryWithParameters(
        `SELECT id FROM (SELECT o.id, row_number() OVER (PARTITION BY o.stage_id ORDER BY o.position) AS rn FROM opportunities o ${where}) ranked
          WHERE rn <= :perStageLimit`,
        { ...params, perStageLimit: limit },
      );
      const ids: Array<{ id: string }> = await em.query(idsQuery, idsValues);
      const rows = ids.length ? await em.find(OpportunityEntity, { where: { id: In(ids.map((r) => r.id)) }, order: { position: 'ASC' } }) : [];
      const byStage = new Map(totals.map((t) => [t.stage_id, t]));
      return {
        columns: stages.map((s) => {
          const t = byStage.get(s.id);
          return {
            stage: toStage(s), count: t?.count ?? 0, amount: Number(t?.amount ?? 0), weightedAmount: Number(t?.weighted ?? 0),
            opportunities: rows.filter((r) => r.stageId === s.id).map(toOpportunity),
          };
        }),
      };
    });
  }

  create(input: CreateOpportunityInput): Promise<Opportunity> {
    return this.db.tx(async (em) => {
      await this.assertContact(em, input.contactId, 'input.contactId');
      if (input.organizationId) await this.assertOrganization(input.contactId, input.organizationId, 'input.organizationId');
      const ownerId = input.ownerId ?? this.actorMemberId();
      if (input.ownerId) await this.staff.assertMember(input.ownerId, 'input.ownerId');
      const expectedCloseDate = checkDate(input.expectedCloseDate, 'input.expectedCloseDate');
      const stage = input.stageId ? await this.openStage(em, input.stageId, 'input.stageId') : await this.firstOpenStage(em);
      await this.lockStages(em, [stage.id]);
      const position = await em.count(OpportunityEntity, { where: { stageId: stage.id } });
      const saved = await em.save(
        em.create(OpportunityEntity, {
          workspaceId: this.db.currentWorkspaceId()!, title: input.title.trim(), contactId: input.contactId, organizationId: input.organizationId ?? null,
          stageId: stage.id, amount: input.amount, probability: input.probability ?? stage.probability, probabilityOverridden: input.probability != null,
          expectedCloseDate: expectedCloseDate ?? null, ownerMemberId: ownerId, status: OpportunityStatus.OPEN, lostReason: null, wonAt: null, lostAt: null,
          proformaId: null, position, notes: input.notes ?? null, createdByMemberId: this.actorMemberId(),
        }),
      );
      await this.events.publish<OpportunityEvent>(PipelineEvents.OpportunityCreated, this.eventOf(saved, stage));
      return toOpportunity(saved);
    });
  }

  update(id: string, input: UpdateOpportunityInput): Promise<Opportunity> {
    return this.db.tx(async (em) => {
      const o = await this.load(em, id, true);
      if (input.organizationId) await this.assertOrganization(o.contactId, input.organizationId, 'input.organizationId');
      if (input.ownerId) await this.staff.assertMember(input.ownerId, 'input.ownerId');
      const expectedCloseDate = checkDate(input.expectedCloseDate, 'input.expectedCloseDate');
      const closed = o.status !== OpportunityStatus.OPEN;
      if (closed && input.probability !== undefined) throw new ConflictError(`A ${o.status} opportunity's probability is fixed`);
      if (input.title !== undefined) o.title = input.title.trim();
      if (input.organizationId !== undefined) o.organizationId = input.organizationId;
      if (input.amount != null) o.amount = input.amount;
      if (input.expectedCloseDate !== undefined) o.expectedCloseDate = expectedCloseDate ?? null;
      if (input.ownerId !== undefined) o.ownerMemberId = input.ownerId;
      if (input.notes !== undefined) o.notes = input.notes;
      if (input.probability !== undefined) {
        o.probabilityOverridden = input.probability !== null;
        o.probability = input.probability ?? (await this.stages.load(em, o.stageId)).probability;
      }
      return toOpportunity(await em.save(o));
    });
  }

  move(id: string, input: MoveOpportunityInput): Promise<Opportunity> {
    return this.db.tx(async (em) => {
      const o = await this.load(em, id);
      this.assertOpen(o, 'moved');
      const target = await this.openStage(em, input.stageId, 'input.stageId');
      await this.lockStages(em, [o.stageId, target.id]);
      const current = await this.load(em, id, true); // re-read under the stage locks
      this.assertOpen(current, 'moved');
      if (current.stageId === target.id) {
        const n = await em.count(OpportunityEntity, { where: { stageId: target.id } });
        const to = Math.min(input.position ?? n - 1, n - 1);
        if (to === current.position) return toOpportunity(current);
        if (to < current.position) {
          await em.query(`UPDATE opportunities SET position = position + 1 WHERE stage_id = $1 AND position >= $2 AND position < $3`, [target.id, to, current.position]);
        } else {
          await em.query(`UPDATE opportunities SET position = position - 1 WHERE stage_id = $1 AND position > $2 AND position <= $3`, [target.id, current.position, to]);
        }
        await em.update(OpportunityEntity, { id }, { position: to });
        return toOpportunity(await this.load(em, id));
      }
      const from = await this.stages.load(em, current.stageId);
      const n = await em.count(OpportunityEntity, { where: { stageId: target.id } });
      const to = Math.min(input.position ?? n, n);
      await this.leaveStage(em, current);
      await em.query(`UPDATE opportunities SET position = position + 1 WHERE stage_id = $1 AND position >= $2`, [target.id, to]);
      await em.update(OpportunityEntity, { id }, {
        stageId: target.id, position: to, probability: current.probabilityOverridden ? current.probability : target.probability,
      });
      const moved = await this.load(em, id);
      await this.events.publish<OpportunityMovedEvent>(PipelineEvents.OpportunityMoved, { ...this.eventOf(moved, target), from: stageRef(from) });
      return toOpportunity(moved);
    });
  }

  /**
   * Marks the deal won and moves it to the WON column. Turning it into a pro-forma needs the sales module's public
   * service (not available yet): proformaId stays null until then.
   */
  /** Wins the deal; with `proforma`, the sale becomes a DRAFT pro-forma in the same transaction (nothing half-done). */
  win(id: string, proforma?: WinProformaInput | null): Promise<Opportunity> {
    return this.db.tx(async (em) => {
      const o = await this.close(em, id, StageKind.WON, { status: OpportunityStatus.WON, wonAt: new Date(), probability: 100 });
      if (proforma) {
        const proformaId = await this.sales.createProformaIn(
          em,
          { contactId: o.entity.contactId, ownerId: o.entity.ownerMemberId ?? undefined, lines: proforma.lines, couponCode: proforma.couponCode, notes: proforma.notes },
          {},
          'proforma',
        );
        await em.update(OpportunityEntity, { id }, { proformaId });
        o.entity.proformaId = proformaId;
      }
      await this.events.publish<OpportunityEvent>(PipelineEvents.OpportunityWon, this.eventOf(o.entity, o.stage));
      return toOpportunity(o.entity);
    });
  }

  lose(id: string, input: LoseOpportunityInput): Promise<Opportunity> {
    const reason = input.reason?.trim() ?? '';
    if (!reason) throw BadInputError.field('input.reason', 'say why the opportunity was lost');
    return this.db.tx(async (em) => {
      const o = await this.close(em, id, StageKind.LOST, { status: OpportunityStatus.LOST, lostAt: new Date(), lostReason: reason, probability: 0 });
      await this.events.publish<OpportunityLostEvent>(PipelineEvents.OpportunityLost, { ...this.eventOf(o.entity, o.stage), reason });
      return toOpportunity(o.entity);
    });
  }

  private async close(em: EntityManager, id: string, kind: StageKind, changes: Partial<OpportunityEntity>): Promise<{ entity: OpportunityEntity; stage: PipelineStageEntity }> {
    const o = await this.load(em, id);
    this.assertOpen(o, kind === StageKind.WON ? 'won' : 'lost');
    const stage = await em.findOne(PipelineStageEntity, { where: { kind } });
    if (!stage) throw new ConflictError(`The pipeline has no ${kind} stage`);
    await this.lockStages(em, [o.stageId, stage.id]);
    const current = await this.load(em, id, true);
    this.assertOpen(current, kind === StageKind.WON ? 'won' : 'lost');
    await this.leaveStage(em, current);
    const position = await em.count(OpportunityEntity, { where: { stageId: stage.id } });
    await em.update(OpportunityEntity, { id }, { ...changes, stageId: stage.id, position, probabilityOverridden: false });
    return { entity: await this.load(em, id), stage };
  }

  /** Closes the gap an opportunity leaves in its column. */
  private async leaveStage(em: EntityManager, o: OpportunityEntity): Promise<void> {
    await em.query(`UPDATE opportunities SET position = position - 1 WHERE stage_id = $1 AND position > $2`, [o.stageId, o.position]);
  }

  private async lockStages(em: EntityManager, ids: string[]): Promise<Map<string, PipelineStageEntity>> {
    const rows = await em
      .createQueryBuilder(PipelineStageEntity, 's')
      .where('s.id = ANY(:ids)', { ids: [...new Set(ids)] })
      .orderBy('s.id')
      .setLock('pessimistic_write')
      .getMany();
    return new Map(rows.map((r) => [r.id, r]));
  }

  private assertOpen(o: OpportunityEntity, verb: string): void {
    if (o.status !== OpportunityStatus.OPEN) throw new ConflictError(`This opportunity is ${o.status} and cannot be ${verb}`, { status: o.status });
  }

  private async openStage(em: EntityManager, id: string, field: string): Promise<PipelineStageEntity> {
    const stage = await em.findOne(PipelineStageEntity, { where: { id } });
    if (!stage) throw BadInputError.field(field, 'is not a stage of this pipeline');
    if (stage.kind !== StageKind.OPEN) throw BadInputError.field(field, `is the ${stage.kind} column: use ${stage.kind === StageKind.WON ? 'winOpportunity' : 'loseOpportunity'}`);
    return stage;
  }

  private async firstOpenStage(em: EntityManager): Promise<PipelineStageEntity> {
    const stage = await em.findOne(PipelineStageEntity, { where: { kind: StageKind.OPEN }, order: { position: 'ASC' } });
    if (!stage) throw new ConflictError('The pipeline has no open stage');
    return stage;
  }

  private async assertContact(em: EntityManager, contactId: string, field: string): Promise<void> {
    try {
      await this.contacts.load(em, contactId);
    } catch (e) {
      if (e instanceof NotFoundError) throw BadInputError.field(field, 'is not a contact of this workspace');
      throw e;
    }
  }

  /** The deal's organisation must be one the contact belongs to (which also keeps it inside the workspace). */
  private async assertOrganization(contactId: string, organizationId: string, field: string): Promise<void> {
    const memberships = await this.contactLoaders.organizationsOf(contactId);
    if (!memberships.some((m) => m.organization.id === organizationId)) throw BadInputError.field(field, 'is not an organization of this contact');
  }


  async load(em: EntityManager, id: string, lock = false): Promise<OpportunityEntity> {
    const o = await em.findOne(OpportunityEntity, { where: { id }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
    if (!o) throw new NotFoundError('Opportunity', id);
    return o;
  }

  private eventOf(o: OpportunityEntity, stage: PipelineStageEntity): OpportunityEvent {
    return {
      workspaceId: o.workspaceId, opportunityId: o.id, contactId: o.contactId, title: o.title, amount: o.amount, ownerMemberId: o.ownerMemberId,
      actorMemberId: this.actorMemberId(), stage: stageRef(stage),
    };
  }
}

const stageRef = (s: PipelineStageEntity) => ({ id: s.id, nameFa: s.nameFa, nameEn: s.nameEn });

function checkDate(value: string | null | undefined, field: string): string | null | undefined {
  if (value == null) return value;
  const d = parseISODate(value);
  if (!d || !isValidGregorianDate(d)) throw BadInputError.field(field, 'is not a valid date');
  return value;
}

function filterSql(filter: OpportunityFilter, alias: string): { sql: string[]; params: Record<string, unknown> } {
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.ownerId) (sql.push(`${alias}.owner_member_id = :ownerId`), (params.ownerId = filter.ownerId));
  if (filter.contactId) (sql.push(`${alias}.contact_id = :contactId`), (params.contactId = filter.contactId));
  if (filter.stageId) (sql.push(`${alias}.stage_id = :stageId`), (params.stageId = filter.stageId));
  if (filter.statuses?.length) (sql.push(`${alias}.status = ANY(:statuses)`), (params.statuses = filter.statuses));
  return { sql, params };
}
