import { Injectable } from '@nestjs/common';
import { normalizeIranianPhone } from '@peyvand/phone';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context/request-context';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, FieldError } from '../../../core/errors/domain-errors';
import { DomainEvents } from '../../../core/events/domain-events';
import { ProductsService } from '../../catalog/products.service';
import { LifecycleInputEvents, OrderCompletedEvent } from '../../contacts/contacts.events';
import { ContactsService } from '../../contacts/contacts.service';
import { ContactSource } from '../../contacts/models/contact.enums';
import { ClubEvents, PurchaseRecordedEvent } from '../club.events';
import { LoyaltyService } from '../loyalty/loyalty.service';
import { PointsLedger } from '../loyalty/points-ledger.service';
import { PurchasesService } from '../loyalty/purchases.service';
import { TiersService } from '../loyalty/tiers.service';
import { ClubMembersService } from '../members/club-members.service';
import { ClubMembership, ClubMemberStatus } from '../members/models/club.models';
import { RecordPurchaseInput, RegisterClubMemberInput } from './dto/club-store.inputs';
import { PluginMemberStatus, RecordedPurchase } from './models/club-store.models';

/** A plugin may report a purchase with a clock a little ahead of ours, never one in the future. */
const CLOCK_SKEW_MS = 10 * 60_000;

/**
 * The storefront plugin API (API keys): external shops register members, report purchases and read a member's club
 * state. A purchase is recorded once per (source, externalOrderId): reports of the same order serialise on a lock of
 * that key, and the unique key of club_plugin_purchases stands behind it, so a retry — even a concurrent one —
 * answers `duplicate` and never awards points twice. Customers are found by mobile (or created), under the same
 * per-number lock the club's sign-up takes, so one number never becomes two contacts.
 */
@Injectable()
export class StorefrontPluginService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly events: DomainEvents,
    private readonly contacts: ContactsService,
    private readonly products: ProductsService,
    private readonly members: ClubMembersService,
    private readonly purchases: PurchasesService,
    private readonly ledger: PointsLedger,
    private readonly tiers: TiersService,
    private readonly loyalty: LoyaltyService,
  ) {}

  registerMember(input: RegisterClubMemberInput): Promise<PluginMemberStatus> {
    const phone = mobile(input.phone);
    return this.db.tx(async (em) => {
      const contactId = await this.findOrCreateIn(em, phone, input, 'input');
      const membership = await this.members.ensureMemberIn(em, contactId, 'PLUGIN');
      return this.status(contactId, membership);
    });
  }

  recordPurchase(input: RecordPurchaseInput): Promise<RecordedPurchase> {
    const phone = mobile(input.phone);
    const source = input.source.trim().toLowerCase();
    const externalOrderId = input.externalOrderId.trim();
    if (!externalOrderId) throw BadInputError.field('input.externalOrderId', 'must not be blank');
    const occurredAt = input.occurredAt ?? new Date();
    if (occurredAt.getTime() > Date.now() + CLOCK_SKEW_MS) throw BadInputError.field('input.occurredAt', 'must not be in the future');
    return this.db.tx(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended(app_current_workspace()::text || $1, 0))`, [`club-plugin-order:${source}:${externalOrderId}`]);
      const [known] = await em.query(`SELECT contact_id, points_earned FROM club_plugin_purchases WHERE source = $1 AND external_order_id = $2`, [source, externalOrderId]);
      if (known) {
        const membership = await this.members.get(known.contact_id);
        return { duplicate: true, contactId: known.contact_id, member: active(membership), pointsEarned: known.points_earned, ...(await this.pointsIn(em, known.contact_id)), vouchers: [] };
      }
      const lines = await this.stampLinesIn(em, input);
      const contactId = await this.findOrCreateIn(em, phone, input, 'input');
      const membership = await this.members.ensureMemberIn(em, contactId, 'PURCHASE');
      const [row] = await em.query(
        `INSERT INTO club_plugin_purchases (workspace_id, source, external_order_id, contact_id, amount, items, occurred_at, api_key_id)
         VALUES (app_current_workspace(), $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [source, externalOrderId, contactId, input.amount, JSON.stringify(input.items ?? []), occurredAt, this.apiKeyId()],
      );
      // Points are for members; a customer of an OPEN club who never joined still has the purchase on their file.
      const earned = active(membership)
        ? await this.purchases.earnForPurchaseIn(em, { contactId, amount: input.amount, ref: `plugin:${source}:${externalOrderId}`, at: occurredAt, lines })
        : null;
      if (earned?.pointsEarned) await em.query(`UPDATE club_plugin_purchases SET points_earned = $2 WHERE id = $1`, [row.id, earned.pointsEarned]);
      const workspaceId = this.db.currentWorkspaceId()!;
      await this.events.publish<PurchaseRecordedEvent>(ClubEvents.PurchaseRecorded, { workspaceId, contactId, externalOrderId, source, amount: input.amount });
      // An order paid and received in the shop: it counts on the customer ladder like a completed order of ours.
      await this.events.publish<OrderCompletedEvent>(LifecycleInputEvents.OrderCompleted, { workspaceId, contactId, orderId: row.id, completedAt: occurredAt.toISOString() });
      const points = earned ? { balance: earned.balance, tier: earned.tierCode ? { code: earned.tierCode, name: earned.tierName ?? earned.tierCode } : null } : await this.pointsIn(em, contactId);
      return { duplicate: false, contactId, member: active(membership), pointsEarned: earned?.pointsEarned ?? 0, ...points, vouchers: earned?.vouchers ?? [] };
    });
  }

  /** The customer's club state by mobile; null when no contact of this workspace has the number. */
  async memberStatus(phoneInput: string): Promise<PluginMemberStatus | null> {
    const phone = mobile(phoneInput, 'phone');
    const contact = await this.contacts.byPhone(phone);
    if (!contact) return null;
    const membership = await this.members.get(contact.id);
    return this.db.tx(() => this.status(contact.id, membership));
  }

  private async status(contactId: string, membership: ClubMembership | null): Promise<PluginMemberStatus> {
    const loyalty = await this.loyalty.contactLoyalty(contactId);
    return { contactId, membership, points: loyalty.balance, tier: loyalty.tier, vouchers: loyalty.vouchers };
  }

  private async pointsIn(em: EntityManager, contactId: string) {
    const { balance } = await this.ledger.balanceIn(em, contactId);
    const tier = await this.tiers.currentTierIn(em, contactId);
    return { balance, tier: tier ? { code: tier.code, name: tier.name } : null };
  }

  /** The contact with this mobile, or a new one (from the web shop) — under the club's per-number lock. */
  private async findOrCreateIn(
    em: EntityManager,
    phone: string,
    names: { firstName?: string | null; lastName?: string | null; email?: string | null },
    path: string,
  ): Promise<string> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`club-phone:${this.db.currentWorkspaceId()}:${phone}`]);
    const found = await this.contacts.byPhone(phone);
    if (found) return found.id;
    const created = await this.contacts.createIn(em, {
      firstName: names.firstName?.trim() || phone.replace(/^\+98/, '0'),
      lastName: names.lastName?.trim() ?? '',
      email: names.email?.trim() || undefined,
      phones: [{ number: phone, isPrimary: true }],
      source: ContactSource.WEB_FORM,
    }, path);
    return created.id;
  }

  /** Items naming a product of this workspace count on stamp cards; an unknown product id is refused. */
  private async stampLinesIn(em: EntityManager, input: RecordPurchaseInput): Promise<Array<{ productId: string; quantity: number }>> {
    const items = input.items ?? [];
    const ids = items.flatMap((i) => (i.productId ? [i.productId] : []));
    if (!ids.length) return [];
    const known = await this.products.loadManyIn(em, ids);
    const errors: FieldError[] = items.flatMap((i, n) =>
      i.productId && !known.has(i.productId) ? [{ field: `input.items.${n}.productId`, message: 'is not a product of this workspace' }] : [],
    );
    if (errors.length) throw new BadInputError(errors);
    const quantities = new Map<string, number>();
    for (const i of items) if (i.productId) quantities.set(i.productId, (quantities.get(i.productId) ?? 0) + i.quantity);
    return [...quantities].map(([productId, quantity]) => ({ productId, quantity }));
  }

  private apiKeyId(): string | null {
    const p = this.context.principal();
    return p?.kind === 'apiKey' ? p.apiKeyId : null;
  }
}

const active = (m: ClubMembership | null): boolean => m?.status === ClubMemberStatus.ACTIVE;

function mobile(input: string, field = 'input.phone'): string {
  const phone = normalizeIranianPhone(input);
  if (!phone.ok) throw BadInputError.field(field, phone.message);
  if (phone.kind !== 'mobile') throw BadInputError.field(field, 'must be a mobile number (09…)');
  return phone.e164;
}
