import { Injectable } from '@nestjs/common';
import { normalizeIranianPhone } from '@peyvand/phone';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context/request-context';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, ConflictError, FieldError } from '../../../core/errors/domain-errors';
import { DomainEvents } from '../../../core/events/domain-events';
import { ProductsService } from '../../catalog/products.service';
import { LifecycleInputEvents, OrderCompletedEvent } from '../../contacts/contacts.events';
import { ContactsService } from '../../contacts/contacts.service';
import { ContactSource } from '../../contacts/models/contact.enums';
import { ClubEvents, PurchaseRecordedEvent, PurchaseReturnedEvent } from '../club.events';
import { REASONS } from '../loyalty/loyalty-texts';
import { LoyaltyService } from '../loyalty/loyalty.service';
import { PointsLedger } from '../loyalty/points-ledger.service';
import { PurchasesService } from '../loyalty/purchases.service';
import { TiersService } from '../loyalty/tiers.service';
import { ClubMembersService } from '../members/club-members.service';
import { ClubMembership, ClubMemberStatus } from '../members/models/club.models';
import { RecordPurchaseInput, RecordReturnInput, RegisterClubMemberInput, ReturnItemInput } from './dto/club-store.inputs';
import { PluginMemberStatus, RecordedPurchase, RecordedReturn } from './models/club-store.models';

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
      await this.lockOrderIn(em, source, externalOrderId);
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
        ? await this.purchases.earnForPurchaseIn(em, { contactId, amount: input.amount, ref: pluginPurchaseRef(source, externalOrderId), at: occurredAt, lines })
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

  /**
   * A return or refund of a purchase the shop reported: once per (source, externalOrderId, externalReturnId) — under the
   * same per-order lock as recordPurchase, backed by the unique key of club_plugin_returns — so a retry, even a
   * concurrent one, answers `duplicate` and takes nothing back twice (the same id with another amount or other lines is
   * CONFLICT). The club takes back the purchase's points in proportion to the Rial refunded (all that is left once the
   * whole amount has come back) and the stamps of the returned lines, through loyalty's own reversal
   * (PurchasesService.reversePurchaseIn: never more than the purchase gave, never below 0 — points already spent stay
   * spent). An unknown order, an amount above what is left to return, or a line the purchase did not have or has no
   * more of is BAD_USER_INPUT naming the field, and nothing is written.
   */
  recordReturn(input: RecordReturnInput): Promise<RecordedReturn> {
    const source = input.source.trim().toLowerCase();
    const externalOrderId = input.externalOrderId.trim();
    const externalReturnId = input.externalReturnId.trim();
    if (!externalOrderId) throw BadInputError.field('input.externalOrderId', 'must not be blank');
    if (!externalReturnId) throw BadInputError.field('input.externalReturnId', 'must not be blank');
    const occurredAt = input.occurredAt ?? new Date();
    if (occurredAt.getTime() > Date.now() + CLOCK_SKEW_MS) throw BadInputError.field('input.occurredAt', 'must not be in the future');
    if (input.amount === 0 && !input.items?.length) throw BadInputError.field('input.amount', 'give the Rial refunded, or the returned items, or both');
    return this.db.tx(async (em) => {
      await this.lockOrderIn(em, source, externalOrderId);
      const [purchase] = await em.query(
        `SELECT id, contact_id, amount, returned_amount, items FROM club_plugin_purchases WHERE source = $1 AND external_order_id = $2`,
        [source, externalOrderId],
      );
      if (!purchase) throw BadInputError.field('input.externalOrderId', `no purchase ${externalOrderId} was reported from ${source}`);
      const contactId: string = purchase.contact_id;
      const total = Number(purchase.amount);
      const before = Number(purchase.returned_amount);
      const lines = matchReturnedItems(purchase.items, input.items ?? []);
      const [known] = await em.query(
        `SELECT amount, items, points_reversed, stamps_reversed FROM club_plugin_returns WHERE purchase_id = $1 AND external_return_id = $2`,
        [purchase.id, externalReturnId],
      );
      if (known) {
        if (Number(known.amount) !== input.amount || linesKey(known.items) !== linesKey(lines)) {
          throw new ConflictError(`Return ${externalReturnId} of order ${externalOrderId} was recorded with another amount or other items`, { field: 'input.externalReturnId' });
        }
        return {
          duplicate: true, contactId, pointsReversed: known.points_reversed, stampsReversed: known.stamps_reversed, amountReturned: before, amountLeft: total - before,
          ...(await this.pointsIn(em, contactId)),
        };
      }
      if (input.amount > total - before) {
        throw BadInputError.field('input.amount', `is more than is left to return of order ${externalOrderId}: ${total - before} of ${total} Rial`);
      }
      await this.assertItemsLeftIn(em, purchase.id, purchase.items, lines, input.items ?? []);
      const [row] = await em.query(
        `INSERT INTO club_plugin_returns (workspace_id, purchase_id, external_return_id, amount, items, occurred_at, api_key_id)
         VALUES (app_current_workspace(), $1, $2, $3, $4, $5, $6) RETURNING id`,
        [purchase.id, externalReturnId, input.amount, JSON.stringify(lines), occurredAt, this.apiKeyId()],
      );
      await em.query(`UPDATE club_plugin_purchases SET returned_amount = returned_amount + $2 WHERE id = $1`, [purchase.id, input.amount]);
      // Everything refunded: the purchase is undone (all its points and stamps left); otherwise the refund's share.
      const all = input.amount > 0 && before + input.amount === total;
      const stampLines = lines.flatMap((l) => (l.productId ? [{ productId: l.productId, quantity: l.quantity }] : []));
      const reversed = await this.purchases.reversePurchaseIn(
        em, pluginPurchaseRef(source, externalOrderId), REASONS.pluginReturned(source, externalOrderId, all), all ? undefined : { amount: input.amount, lines: stampLines },
      );
      await em.query(`UPDATE club_plugin_returns SET points_reversed = $2, stamps_reversed = $3 WHERE id = $1`, [row.id, reversed.points, reversed.stamps]);
      await this.events.publish<PurchaseReturnedEvent>(ClubEvents.PurchaseReturned, {
        workspaceId: this.db.currentWorkspaceId()!, contactId, externalOrderId, externalReturnId, source, amount: input.amount, pointsReversed: reversed.points,
      });
      return {
        duplicate: false, contactId, pointsReversed: reversed.points, stampsReversed: reversed.stamps, amountReturned: before + input.amount,
        amountLeft: total - before - input.amount, ...(await this.pointsIn(em, contactId)),
      };
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

  /** Reports of one order (its purchase and its returns) are serialised on this lock. */
  private async lockOrderIn(em: EntityManager, source: string, externalOrderId: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended(app_current_workspace()::text || $1, 0))`, [`club-plugin-order:${source}:${externalOrderId}`]);
  }

  /** Each returned line at most what the purchase had of it, less what earlier returns took back. */
  private async assertItemsLeftIn(em: EntityManager, purchaseId: string, purchased: PurchasedItem[], lines: ReturnedLine[], items: ReturnItemInput[]): Promise<void> {
    if (!lines.length) return;
    const earlier: Array<{ items: ReturnedLine[] }> = await em.query(`SELECT items FROM club_plugin_returns WHERE purchase_id = $1`, [purchaseId]);
    const back = new Map<string, number>();
    for (const l of earlier.flatMap((r) => r.items)) back.set(lineKey(l), (back.get(lineKey(l)) ?? 0) + l.quantity);
    const errors: FieldError[] = [];
    for (const line of lines) {
      const bought = purchased.filter((p) => matches(p, line)).reduce((a, p) => a + p.quantity, 0);
      const left = bought - (back.get(lineKey(line)) ?? 0);
      if (line.quantity > left) {
        const n = items.findIndex((i) => lineKey(returnKeyOf(i)!) === lineKey(line));
        errors.push({ field: `input.items.${n}.quantity`, message: `only ${Math.max(left, 0)} of ${bought} bought are left to return` });
      }
    }
    if (errors.length) throw new BadInputError(errors);
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

/** The loyalty purchase reference of a plugin order (PurchasesService). */
const pluginPurchaseRef = (source: string, externalOrderId: string) => `plugin:${source}:${externalOrderId}`;

/** A line of a plugin purchase as recordPurchase stored it. */
interface PurchasedItem {
  sku?: string | null;
  productId?: string | null;
  quantity: number;
}

/**
 * A returned line as stored with the return: named `by` the productId or the sku the shop gave, with the product its
 * stamps were counted for (a line reported by sku may have one).
 */
interface ReturnedLine {
  by: 'productId' | 'sku';
  productId: string | null;
  sku: string | null;
  quantity: number;
}

/** Lines compared by what the shop named and how many (jsonb does not keep key order). */
const linesKey = (lines: ReturnedLine[]) => lines.map((l) => `${lineKey(l)}×${l.quantity}`).sort().join(',');
const lineKey = (l: Pick<ReturnedLine, 'by' | 'productId' | 'sku'>) => (l.by === 'productId' ? `p:${l.productId}` : `s:${l.sku}`);
const matches = (p: PurchasedItem, l: Pick<ReturnedLine, 'by' | 'productId' | 'sku'>) =>
  l.by === 'productId' ? p.productId?.toLowerCase() === l.productId : !!p.sku && p.sku.trim() === l.sku;
function returnKeyOf(item: ReturnItemInput): Pick<ReturnedLine, 'by' | 'productId' | 'sku'> | null {
  const productId = item.productId?.toLowerCase() || null;
  const sku = item.sku?.trim() || null;
  if (productId) return { by: 'productId', productId, sku: null };
  return sku ? { by: 'sku', productId: null, sku } : null;
}

/**
 * The returned items as lines of the purchase (a product or sku given twice counts once, summed); an item the purchase
 * did not have is BAD_USER_INPUT on its field.
 */
function matchReturnedItems(purchased: PurchasedItem[], items: ReturnItemInput[]): ReturnedLine[] {
  const errors: FieldError[] = [];
  const lines = new Map<string, ReturnedLine>();
  items.forEach((item, n) => {
    const key = returnKeyOf(item);
    if (!key) {
      errors.push({ field: `input.items.${n}.productId`, message: 'give the productId or the sku of the returned line' });
      return;
    }
    const bought = purchased.find((p) => matches(p, key));
    if (!bought) {
      errors.push({ field: `input.items.${n}.${key.by}`, message: 'is not a line of this purchase' });
      return;
    }
    const known = lines.get(lineKey(key));
    if (known) known.quantity += item.quantity;
    else lines.set(lineKey(key), { ...key, productId: key.productId ?? bought.productId?.toLowerCase() ?? null, quantity: item.quantity });
  });
  if (errors.length) throw new BadInputError(errors);
  return [...lines.values()];
}

function mobile(input: string, field = 'input.phone'): string {
  const phone = normalizeIranianPhone(input);
  if (!phone.ok) throw BadInputError.field(field, phone.message);
  if (phone.kind !== 'mobile') throw BadInputError.field(field, 'must be a mobile number (09…)');
  return phone.e164;
}
