import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEvents } from '../../../core/events/domain-events';
import { ConflictError } from '../../../core/errors/domain-errors';
import { WorkspacesService } from '../../workspaces/workspaces.service';
import { ClubEvents, PointsChangedEvent } from '../club.events';
import { LocalText, REASONS } from './loyalty-texts';
import { LoyaltyEntryEntity } from './loyalty.entities';
import { PointsEntry, PointsKind, PointsSource } from './models/loyalty.models';

export interface LedgerChange {
  contactId: string;
  kind: PointsKind;
  source: PointsSource;
  /** Signed; never 0. */
  delta: number;
  /** Words staff typed, or a system text stored in the workspace's language. */
  reason: string | LocalText;
  /** Unique per workspace: the same source never moves points twice (a repeat answers duplicate). */
  sourceRef?: string | null;
  expiresAt?: Date | null;
  actorMemberId?: string | null;
  /** Negative changes: spend this lot first (a reversal takes back the purchase's own points). */
  consumeFirst?: string | null;
}

export interface LedgerResult {
  entry: PointsEntry;
  balance: number;
  duplicate: boolean;
}

export const toPointsEntry = (e: LoyaltyEntryEntity): PointsEntry => ({
  id: e.id, kind: e.kind as PointsKind, source: e.source as PointsSource, delta: e.delta, reason: e.reason, expiresAt: e.expiresAt,
  remaining: e.remaining, createdAt: e.createdAt, actorMemberId: e.actorMemberId,
});

export class InsufficientPointsError extends ConflictError {
  constructor(balance: number, needed: number, field?: string) {
    super(`Not enough points: the balance is ${balance}, ${needed} are needed`, { reason: 'INSUFFICIENT_POINTS', balance, needed, ...(field ? { field } : {}) });
  }
}

/**
 * The points ledger. Every change of one contact's points first locks that contact's balance row, so changes of a
 * contact are serialised: the balance read under the lock is the truth, spends are checked against it and consume the
 * oldest lots first (by expiry, then age). The balance itself is kept by the insert trigger of the migration and its
 * CHECK refuses anything below 0 even if a check here were wrong.
 */
@Injectable()
export class PointsLedger {
  constructor(
    private readonly events: DomainEvents,
    private readonly workspaces: WorkspacesService,
  ) {}

  /** A system text in the workspace's language. */
  async textIn(text: string | LocalText): Promise<string> {
    if (typeof text === 'string') return text;
    return (await this.workspaces.current()).defaultLocale === 'en' ? text.en : text.fa;
  }

  /** Locks (creating when missing) the contact's balance row in the caller's transaction; answers the balance. */
  async lockIn(em: EntityManager, contactId: string): Promise<{ balance: number; lifetimeEarned: number }> {
    const [row] = await em.query(
      `INSERT INTO loyalty_balances AS b (workspace_id, contact_id) VALUES (app_current_workspace(), $1)
       ON CONFLICT (workspace_id, contact_id) DO UPDATE SET balance = b.balance
       RETURNING balance, lifetime_earned`,
      [contactId],
    );
    return { balance: row.balance, lifetimeEarned: row.lifetime_earned };
  }

  async balanceIn(em: EntityManager, contactId: string): Promise<{ balance: number; lifetimeEarned: number }> {
    const [row] = await em.query(`SELECT balance, lifetime_earned FROM loyalty_balances WHERE contact_id = $1`, [contactId]);
    return { balance: row?.balance ?? 0, lifetimeEarned: row?.lifetime_earned ?? 0 };
  }

  async findByRefIn(em: EntityManager, sourceRef: string): Promise<LoyaltyEntryEntity | null> {
    return em.findOne(LoyaltyEntryEntity, { where: { sourceRef } });
  }

  /** Appends one entry (see LedgerChange) and publishes club.points_changed; InsufficientPointsError when a spend exceeds the balance. */
  async applyIn(em: EntityManager, change: LedgerChange): Promise<LedgerResult> {
    if (!Number.isSafeInteger(change.delta) || change.delta === 0) throw new Error(`a ledger change needs a whole non-zero delta, got ${change.delta}`);
    const { balance } = await this.lockIn(em, change.contactId);
    if (change.sourceRef) {
      const existing = await this.findByRefIn(em, change.sourceRef);
      if (existing) return { entry: toPointsEntry(existing), balance, duplicate: true };
    }
    if (change.delta < 0 && balance < -change.delta) throw new InsufficientPointsError(balance, -change.delta);
    const [inserted] = await em.query(
      `INSERT INTO loyalty_entries (workspace_id, contact_id, kind, source, delta, reason, source_ref, expires_at, remaining, actor_member_id)
       VALUES (app_current_workspace(), $1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (workspace_id, source_ref) WHERE source_ref IS NOT NULL DO NOTHING
       RETURNING id`,
      [change.contactId, change.kind, change.source, change.delta, (await this.textIn(change.reason)).slice(0, 500), change.sourceRef ?? null,
        change.delta > 0 ? (change.expiresAt ?? null) : null, Math.max(change.delta, 0), change.actorMemberId ?? null],
    );
    if (!inserted) {
      // The same reference was committed meanwhile for another contact's balance lock.
      const existing = (await this.findByRefIn(em, change.sourceRef!))!;
      return { entry: toPointsEntry(existing), balance, duplicate: true };
    }
    if (change.delta < 0) await this.consumeIn(em, change.contactId, -change.delta, change.consumeFirst ?? null);
    const entry = await em.findOneOrFail(LoyaltyEntryEntity, { where: { id: inserted.id } });
    const after = balance + change.delta;
    await this.publish(entry, after);
    return { entry: toPointsEntry(entry), balance: after, duplicate: false };
  }

  /**
   * Expires what is left of the contact's lots that expire at or before `now`, as one EXPIRE entry; answers the points
   * expired (0 when none). Runs under the balance lock, so a concurrent spend either used those lots first or waits.
   */
  async expireIn(em: EntityManager, contactId: string, now: Date): Promise<number> {
    const { balance } = await this.lockIn(em, contactId);
    const lots: Array<{ id: string; remaining: number }> = await em.query(
      `SELECT id, remaining FROM loyalty_entries WHERE contact_id = $1 AND remaining > 0 AND expires_at <= $2`,
      [contactId, now],
    );
    const total = lots.reduce((a, l) => a + l.remaining, 0);
    if (total === 0) return 0;
    await em.query(`UPDATE loyalty_entries SET remaining = 0 WHERE id = ANY($1::uuid[])`, [lots.map((l) => l.id)]);
    const [inserted] = await em.query(
      `INSERT INTO loyalty_entries (workspace_id, contact_id, kind, source, delta, reason, remaining)
       VALUES (app_current_workspace(), $1, 'EXPIRE', 'EXPIRY', $2, $3, 0) RETURNING id`,
      [contactId, -total, await this.textIn(REASONS.expired())],
    );
    const entry = await em.findOneOrFail(LoyaltyEntryEntity, { where: { id: inserted.id } });
    await this.publish(entry, balance - total);
    return total;
  }

  /** Takes `amount` from the contact's lots: `first` if given, then soonest expiry (never-expiring last), then oldest. */
  private async consumeIn(em: EntityManager, contactId: string, amount: number, first: string | null): Promise<void> {
    const lots: Array<{ id: string; remaining: number }> = await em.query(
      `SELECT id, remaining FROM loyalty_entries WHERE contact_id = $1 AND remaining > 0
        ORDER BY (id = $2::uuid) DESC NULLS LAST, expires_at ASC NULLS LAST, created_at, id`,
      [contactId, first],
    );
    const ids: string[] = [];
    const left: number[] = [];
    let due = amount;
    for (const lot of lots) {
      if (due === 0) break;
      const take = Math.min(due, lot.remaining);
      ids.push(lot.id);
      left.push(lot.remaining - take);
      due -= take;
    }
    // The lots always cover the balance; anything else is a broken invariant, not a user error.
    if (due > 0) throw new Error(`points lots of contact ${contactId} do not cover the balance (${due} short)`);
    await em.query(
      `UPDATE loyalty_entries e SET remaining = v.remaining FROM unnest($1::uuid[], $2::int[]) AS v(id, remaining) WHERE e.id = v.id`,
      [ids, left],
    );
  }

  private publish(entry: LoyaltyEntryEntity, balance: number): Promise<void> {
    return this.events.publish<PointsChangedEvent>(ClubEvents.PointsChanged, {
      workspaceId: entry.workspaceId, contactId: entry.contactId, ledgerEntryId: entry.id, kind: entry.kind as PointsChangedEvent['kind'],
      delta: entry.delta, balance, reason: entry.reason, actorMemberId: entry.actorMemberId,
    });
  }
}
