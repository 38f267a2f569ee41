import { PriceListsService } from '../../catalog/price-lists.service';
import { PricingService } from '../../catalog/pricing.service';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { preparedQuery, TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, ConflictError, NotFoundError } from '../../../core/errors/domain-errors';
import { DomainEvents } from '../../../core/events/domain-events';
import { ClubEvents, TierChangedEvent } from '../club.events';
import { SaveTierInput } from './dto/loyalty.inputs';
import { LoyaltySettingsService } from './loyalty-settings.service';
import { TierEntity } from './loyalty.entities';
import { LoyaltySettings, Tier, TierBasis, TierChange, TierStatus } from './models/loyalty.models';

export const toTier = (t: TierEntity): Tier => ({
  id: t.id, code: t.code, name: t.name, threshold: t.threshold, multiplierPercent: t.multiplierPercent, priceListId: t.priceListId,
  freeShipping: t.freeShipping, benefits: t.benefits,
});

const TIER_CODE = /^[A-Z0-9_-]{1,40}$/;

/**
 * Tiers: a contact's tier is the highest whose threshold their qualifying value reaches — points earned (EARN entries
 * net of reversals) or purchases counted, over the rolling window of the settings. Recalculated in the transaction of
 * every points change and purchase, and nightly (the window moves on without events: tiers can fall).
 */
@Injectable()
export class TiersService {
  constructor(
    private readonly db: TenantDb,
    private readonly settings: LoyaltySettingsService,
    private readonly events: DomainEvents,
    private readonly priceLists: PriceListsService,
    pricing: PricingService,
  ) {
    pricing.useTierSource((em, contactId) => this.tierCodeOfIn(em, contactId));
  }

  list(): Promise<Tier[]> {
    return this.db.tx(async (em) => (await this.tiersIn(em)).map(toTier));
  }

  async tiersIn(em: EntityManager): Promise<TierEntity[]> {
    return em.find(TierEntity, { order: { threshold: 'ASC' } });
  }

  save(input: SaveTierInput): Promise<Tier> {
    return this.db.tx(async (em) => {
      const code = input.code.trim().toUpperCase();
      if (!TIER_CODE.test(code)) throw BadInputError.field('input.code', 'use 1–40 letters, digits, _ or -');
      const name = input.name.trim();
      if (!name) throw BadInputError.field('input.name', 'must not be empty');
      if (input.priceListId) await this.assertTierPriceList(em, input.priceListId, code);
      // Serialises saves of the workspace's tiers, so the code and threshold checks below see each other.
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('loyalty_tiers' || app_current_workspace()::text, 0))`);
      const entity = input.id ? await em.findOne(TierEntity, { where: { id: input.id } }) : em.create(TierEntity, { workspaceId: this.db.currentWorkspaceId()! });
      if (!entity) throw new NotFoundError('Tier', input.id!);
      for (const [field, clash] of [['code', { code }], ['threshold', { threshold: input.threshold }]] as const) {
        const other = await em.findOne(TierEntity, { where: clash });
        if (other && other.id !== entity.id) throw new ConflictError(`Tier ${other.name} already has this ${field}`, { field: `input.${field}` });
      }
      Object.assign(entity, {
        code, name, threshold: input.threshold, multiplierPercent: input.multiplierPercent ?? entity.multiplierPercent ?? 100,
        priceListId: input.priceListId ?? null, freeShipping: input.freeShipping ?? entity.freeShipping ?? false, benefits: input.benefits?.trim() || null,
      });
      return toTier(await em.save(entity));
    });
  }

  /** Members of a deleted tier fall to whatever their value reaches at the next recalculation (nightly or on their next event). */
  delete(id: string): Promise<boolean> {
    return this.db.tx(async (em) => {
      const tier = await em.findOne(TierEntity, { where: { id } });
      if (!tier) throw new NotFoundError('Tier', id);
      await em.query(`UPDATE loyalty_contact_tiers SET tier_id = NULL, updated_at = now() WHERE tier_id = $1`, [id]);
      await em.query(`UPDATE loyalty_tier_history SET from_tier_id = NULL WHERE from_tier_id = $1`, [id]);
      await em.query(`UPDATE loyalty_tier_history SET to_tier_id = NULL WHERE to_tier_id = $1`, [id]);
      await em.delete(TierEntity, { id });
      return true;
    });
  }

  /** The contact's tier code for PricingService.quoteIn's `tier` (TIER price lists target tier codes); null without a tier. */
  async tierCodeOfIn(em: EntityManager, contactId: string): Promise<string | null> {
    // Every price quote asks: a named statement, planned once per connection.
    const [row] = await preparedQuery<{ code: string }>(em, `SELECT t.code FROM loyalty_contact_tiers c JOIN loyalty_tiers t ON t.id = c.tier_id WHERE c.contact_id = $1`, [contactId]);
    return row?.code ?? null;
  }

  async currentTierIn(em: EntityManager, contactId: string): Promise<TierEntity | null> {
    const [row] = await em.query(`SELECT tier_id FROM loyalty_contact_tiers WHERE contact_id = $1`, [contactId]);
    return row?.tier_id ? em.findOne(TierEntity, { where: { id: row.tier_id } }) : null;
  }

  async qualifyingIn(em: EntityManager, contactId: string, settings: LoyaltySettings, now = new Date()): Promise<number> {
    const since = new Date(now);
    since.setUTCMonth(since.getUTCMonth() - settings.tierWindowMonths);
    if (settings.tierBasis === TierBasis.PURCHASE_COUNT) {
      const [{ n }] = await em.query(
        `SELECT count(*)::int AS n FROM loyalty_purchases WHERE contact_id = $1 AND reversed_at IS NULL AND purchased_at > $2 AND purchased_at <= $3`,
        [contactId, since, now],
      );
      return n;
    }
    const [{ n }] = await em.query(
      `SELECT greatest(coalesce(sum(delta), 0), 0)::int AS n FROM loyalty_entries
        WHERE contact_id = $1 AND (kind = 'EARN' OR (kind = 'REVERSE' AND source = 'PURCHASE') OR (source = 'MERGE' AND delta > 0))
          AND created_at > $2 AND created_at <= $3`,
      [contactId, since, now],
    );
    return n;
  }

  /** Moves the contact to the tier their qualifying value reaches now; records history and publishes club.tier_changed on a change. */
  async recalculateIn(
    em: EntityManager, contactId: string, reason: string, now = new Date(), loaded?: { settings: LoyaltySettings; tiers: TierEntity[] },
  ): Promise<void> {
    const settings = loaded?.settings ?? (await this.settings.getIn(em));
    const tiers = loaded?.tiers ?? (await this.tiersIn(em));
    const [state] = await em.query(`SELECT tier_id FROM loyalty_contact_tiers WHERE contact_id = $1 FOR UPDATE`, [contactId]);
    if (!tiers.length && !state?.tier_id) return;
    const qualifying = await this.qualifyingIn(em, contactId, settings, now);
    const reached = [...tiers].reverse().find((t) => t.threshold <= qualifying) ?? null;
    const fromId: string | null = state?.tier_id ?? null;
    if (!state) {
      await em.query(
        `INSERT INTO loyalty_contact_tiers (workspace_id, contact_id, tier_id, qualifying) VALUES (app_current_workspace(), $1, $2, $3)
         ON CONFLICT (workspace_id, contact_id) DO NOTHING`,
        [contactId, reached?.id ?? null, qualifying],
      );
    } else if (fromId !== (reached?.id ?? null)) {
      await em.query(`UPDATE loyalty_contact_tiers SET tier_id = $2, qualifying = $3, since = now(), updated_at = now() WHERE contact_id = $1`, [contactId, reached?.id ?? null, qualifying]);
    } else {
      await em.query(`UPDATE loyalty_contact_tiers SET qualifying = $2, updated_at = now() WHERE contact_id = $1`, [contactId, qualifying]);
    }
    if (fromId === (reached?.id ?? null)) return;
    const from = fromId ? tiers.find((t) => t.id === fromId) ?? null : null;
    await em.query(
      `INSERT INTO loyalty_tier_history (workspace_id, contact_id, from_tier_id, to_tier_id, from_tier_name, to_tier_name, qualifying, reason)
       VALUES (app_current_workspace(), $1, $2, $3, $4, $5, $6, $7)`,
      [contactId, from?.id ?? null, reached?.id ?? null, from?.name ?? null, reached?.name ?? null, qualifying, reason],
    );
    await this.events.publish<TierChangedEvent>(ClubEvents.TierChanged, {
      workspaceId: this.db.currentWorkspaceId()!, contactId, fromTierId: from?.id ?? null, fromTierName: from?.name ?? null,
      toTierId: reached?.id ?? null, toTierName: reached?.name ?? null,
    });
  }

  async statusIn(em: EntityManager, contactId: string): Promise<TierStatus> {
    const settings = await this.settings.getIn(em);
    const tiers = await this.tiersIn(em);
    const qualifying = await this.qualifyingIn(em, contactId, settings);
    const [state] = await em.query(`SELECT tier_id, since FROM loyalty_contact_tiers WHERE contact_id = $1`, [contactId]);
    const current = state?.tier_id ? tiers.find((t) => t.id === state.tier_id) ?? null : null;
    const next = tiers.find((t) => t.threshold > (current?.threshold ?? -1) && t.threshold > qualifying) ?? null;
    const base = current?.threshold ?? 0;
    const progressPercent = next ? Math.max(0, Math.min(100, Math.floor(((qualifying - base) * 100) / Math.max(1, next.threshold - base)))) : 100;
    return {
      basis: settings.tierBasis, windowMonths: settings.tierWindowMonths, qualifying, current: current ? toTier(current) : null, next: next ? toTier(next) : null,
      toNext: next ? Math.max(0, next.threshold - qualifying) : null, progressPercent, since: current ? state.since : null,
    };
  }

  async historyIn(em: EntityManager, contactId: string): Promise<TierChange[]> {
    const rows = await em.query(
      `SELECT from_tier_name, to_tier_name, qualifying, reason, created_at FROM loyalty_tier_history WHERE contact_id = $1 ORDER BY created_at DESC LIMIT 50`,
      [contactId],
    );
    return rows.map((r: Record<string, never>) => ({ fromTierName: r.from_tier_name, toTierName: r.to_tier_name, qualifying: r.qualifying, reason: r.reason, createdAt: r.created_at }));
  }

  private async assertTierPriceList(em: EntityManager, id: string, code: string): Promise<void> {
    const list = await this.priceLists.targetOfIn(em, id);
    if (!list) throw BadInputError.field('input.priceListId', 'is not a price list of this workspace');
    if (list.kind !== 'TIER' || list.target !== code) throw BadInputError.field('input.priceListId', `must be a price list of kind TIER with target ${code}`);
  }
}
