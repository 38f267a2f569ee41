import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { preparedQuery, TenantDb } from '../../core/database/tenant-db.service';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { TimelineItemEntity } from './timeline-item.entity';
import { Direction, TimelineItem, TimelineKind } from './timeline.model';

export interface NewTimelineItem {
  workspaceId: string;
  contactId: string;
  kind: TimelineKind;
  direction?: Direction;
  occurredAt?: Date;
  summary: string;
  body?: string | null;
  data?: Record<string, unknown>;
  actorMemberId?: string | null;
  /** Makes recording idempotent: a second item with the same key is ignored. */
  dedupeKey?: string;
}

export interface TimelineQuery extends PageArgs {
  kinds?: TimelineKind[];
  from?: Date;
  to?: Date;
}

const toModel = (e: TimelineItemEntity): TimelineItem => ({
  id: e.id,
  kind: e.kind as TimelineKind,
  direction: e.direction as Direction,
  occurredAt: e.occurredAt,
  summary: e.summary,
  body: e.body,
  data: e.data,
  actorMemberId: e.actorMemberId,
  contactId: e.contactId,
});

/** The one chronological record of every interaction and event of a contact. */
@Injectable()
export class TimelineService {
  constructor(private readonly db: TenantDb) {}

  /** Writes an item in the caller's transaction (modules call it from their event subscriptions). */
  async record(em: EntityManager, item: NewTimelineItem): Promise<TimelineItem | null> {
    // Every event of every module lands here: a named statement, parsed and planned once per connection.
    const [row] = await preparedQuery<{ id: string; occurred_at: Date }>(
      em,
      `INSERT INTO timeline_items (workspace_id, contact_id, kind, direction, occurred_at, summary, body, data, actor_member_id, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (workspace_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id, occurred_at`,
      [
        item.workspaceId,
        item.contactId,
        item.kind,
        item.direction ?? Direction.NONE,
        item.occurredAt ?? new Date(),
        item.summary,
        item.body ?? null,
        JSON.stringify(item.data ?? {}),
        item.actorMemberId ?? null,
        item.dedupeKey ?? null,
      ],
    );
    if (!row) return null;
    return {
      id: String(row.id),
      kind: item.kind,
      direction: item.direction ?? Direction.NONE,
      occurredAt: row.occurred_at,
      summary: item.summary,
      body: item.body ?? null,
      data: item.data ?? {},
      actorMemberId: item.actorMemberId ?? null,
      contactId: item.contactId,
    };
  }

  /** Bulk form of record() for many items at once (imports, message batches); items with a dedupe key already recorded are skipped. */
  async recordMany(em: EntityManager, items: NewTimelineItem[]): Promise<void> {
    if (!items.length) return;
    await em.query(
      `INSERT INTO timeline_items (workspace_id, contact_id, kind, direction, occurred_at, summary, body, data, actor_member_id, dedupe_key)
       SELECT x.workspace_id, x.contact_id, x.kind, x.direction, COALESCE(x.occurred_at, now()), x.summary, x.body, COALESCE(x.data, '{}'),
              x.actor_member_id, x.dedupe_key
         FROM jsonb_to_recordset($1::jsonb) AS x(workspace_id uuid, contact_id uuid, kind text, direction text, occurred_at timestamptz,
              summary text, body text, data jsonb, actor_member_id uuid, dedupe_key text)
       ON CONFLICT (workspace_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
      [JSON.stringify(items.map((i) => ({
        workspace_id: i.workspaceId, contact_id: i.contactId, kind: i.kind, direction: i.direction ?? Direction.NONE,
        occurred_at: i.occurredAt ?? null, summary: i.summary, body: i.body ?? null, data: i.data ?? {}, actor_member_id: i.actorMemberId ?? null,
        dedupe_key: i.dedupeKey ?? null,
      })))],
    );
  }

  list(contactId: string, query: TimelineQuery): Promise<Connection<TimelineItem>> {
    return this.db.tx((em) => {
      const qb = em.createQueryBuilder(TimelineItemEntity, 't').where('t.contact_id = :contactId', { contactId });
      if (query.kinds?.length) qb.andWhere('t.kind = ANY(:kinds)', { kinds: query.kinds });
      if (query.from) qb.andWhere('t.occurred_at >= :from', { from: query.from });
      if (query.to) qb.andWhere('t.occurred_at < :to', { to: query.to });
      return paginate(qb, query, {
        orderBy: 'occurredAt',
        map: toModel,
        count: this.db.count,
      });
    });
  }

  latest(contactId: string, limit: number): Promise<TimelineItem[]> {
    return this.db.tx(async (em) => {
      const rows = await em.find(TimelineItemEntity, { where: { contactId }, order: { occurredAt: 'DESC', id: 'DESC' }, take: limit });
      return rows.map(toModel);
    });
  }

  /** Moves every item of a merged duplicate onto the surviving contact. */
  async reassign(em: EntityManager, fromContactId: string, toContactId: string): Promise<void> {
    await em.update(TimelineItemEntity, { contactId: fromContactId }, { contactId: toContactId });
  }
}
