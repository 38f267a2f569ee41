import { Injectable, OnModuleInit } from '@nestjs/common';
import { normalizeIranianPhone } from '@peyvand/phone';
import { toLatinDigits } from '@peyvand/text';
import { EntityManager } from 'typeorm';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, FieldError, ForbiddenError, NotFoundError } from '../../../core/errors/domain-errors';
import { DomainEvents } from '../../../core/events/domain-events';
import { Idempotency } from '../../../core/idempotency/idempotency.service';
import { ContactEvents, ContactMergedEvent } from '../../contacts/contacts.events';
import { SalesQueries } from '../../sales/sales-queries.service';
import { ORDER_TX, SalesService } from '../../sales/sales.service';
import { InvoiceStatus, PaymentStatus, ProformaSource, ProformaStatus, WarehouseIssueStatus } from '../../sales/models/sales.enums';
import { ClubEvents, OrderPlacedEvent } from '../club.events';
import { InsufficientPointsError } from '../loyalty/points-ledger.service';
import { RewardsService } from '../loyalty/rewards.service';
import { ClubMembersService } from '../members/club-members.service';
import { ClubSettingsService } from '../members/club-settings.service';
import { CurrentMember } from '../members/current-member';
import { assertOneVoucher } from './club-store.service';
import { ClubCheckoutInput } from './dto/club-store.inputs';
import { ClubOrder, ClubOrderDelivery, ClubOrderStage } from './models/club-store.models';

interface Delivery {
  name: string | null;
  phone: string | null;
  address: string | null;
  postalCode: string | null;
  note: string | null;
}

/**
 * The member's own order (club article: the customer creates their pro-forma themselves): a pro-forma with source
 * CLUB (the sales module then gives the responsible rep a follow-up task and, for a first order, a verification call),
 * confirmed in the same transaction so the stock is held at once — OUT_OF_STOCK names the products and leaves
 * nothing written. A repeat with the same idempotency key answers the first order.
 */
@Injectable()
export class ClubCheckoutService implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly events: DomainEvents,
    private readonly idempotency: Idempotency,
    private readonly member: CurrentMember,
    private readonly members: ClubMembersService,
    private readonly settings: ClubSettingsService,
    private readonly sales: SalesService,
    private readonly queries: SalesQueries,
    private readonly rewards: RewardsService,
  ) {}

  onModuleInit(): void {
    this.events.subscribeInTransaction<ContactMergedEvent>(ContactEvents.Merged, async (e, em) => {
      for (const table of ['club_orders', 'club_plugin_purchases']) {
        await em.query(`UPDATE ${table} SET contact_id = $2 WHERE contact_id = $1`, [e.mergedId, e.survivorId]);
      }
    });
  }

  async checkout(input: ClubCheckoutInput): Promise<ClubOrder> {
    const member = this.member.get();
    const ws = await this.settings.workspaceBySlug(input.slug);
    if (ws.id !== member.workspaceId) throw new ForbiddenError('Sign in to this club to order in its store');
    const delivery = checkDelivery(input);
    assertOneVoucher(input);
    const { idempotencyKey, ...request } = input;
    // Keys are the member's own: another member's key is never theirs to replay.
    const key = `club-checkout:${member.clubMemberId}:${idempotencyKey}`;
    const proformaId = await this.idempotency.run(
      key, 'clubCheckout', request,
      async (em) => {
        const club = await this.settings.settingsIn(em);
        if (!club.enabled) throw new ForbiddenError('This club is closed');
        await this.members.ensureMemberIn(em, member.contactId, 'PURCHASE');
        const couponCode = input.rewardId ? await this.redeemIn(member.contactId, input.rewardId, key) : input.couponCode?.trim() || undefined;
        const confirmed = await this.sales
          .createProformaDocumentIn(
            em,
            { contactId: member.contactId, lines: input.lines, couponCode, notes: notesOf(delivery) ?? undefined, confirm: true },
            { source: ProformaSource.CLUB },
            'input',
          )
          .catch((e: unknown) => {
            // The reward's voucher is the order's coupon: what refuses it (the minimum order, its scope) is about the reward the member chose.
            throw input.rewardId ? onField(e, 'input.couponCode', 'input.rewardId') : e;
          });
        const id = confirmed.id;
        await em.query(
          `INSERT INTO club_orders (workspace_id, proforma_id, contact_id, delivery_name, delivery_phone, delivery_address, postal_code, note)
           VALUES (app_current_workspace(), $1, $2, $3, $4, $5, $6, $7)`,
          [id, member.contactId, delivery.name, delivery.phone, delivery.address, delivery.postalCode, delivery.note],
        );
        await this.events.publish<OrderPlacedEvent>(ClubEvents.OrderPlaced, {
          workspaceId: member.workspaceId, contactId: member.contactId, proformaId: id, number: confirmed.number, total: confirmed.total,
        });
        return id;
      },
      { serialize: (id) => id, deserialize: (stored) => stored as string },
      ORDER_TX,
    );
    return this.order(proformaId);
  }

  /**
   * Points spent on a voucher reward inside the checkout's transaction (loyalty's own redemption, so its balance lock
   * and ledger apply): if the order fails the spend rolls back with it. Its voucher becomes the order's coupon.
   */
  private async redeemIn(contactId: string, rewardId: string, checkoutKey: string): Promise<string> {
    try {
      return (await this.rewards.redeem(contactId, rewardId, checkoutKey)).voucher.code;
    } catch (e) {
      if (e instanceof InsufficientPointsError) throw new InsufficientPointsError(e.extensions.balance as number, e.extensions.needed as number, 'input.rewardId');
      throw e instanceof BadInputError ? new BadInputError((e.extensions.fields as FieldError[]).map((f) => ({ ...f, field: 'input.rewardId' }))) : e;
    }
  }

  /** One of the signed-in member's orders with its whole chain (invoice, payment, warehouse issue). */
  async myOrder(id: string): Promise<ClubOrder> {
    return this.order(id);
  }

  private async order(proformaId: string): Promise<ClubOrder> {
    const member = this.member.get();
    const proforma = await this.queries.proforma(proformaId).catch((e: unknown) => {
      throw e instanceof NotFoundError ? new NotFoundError('Order', proformaId) : e;
    });
    if (proforma.contactId !== member.contactId) throw new NotFoundError('Order', proformaId);
    const [lines, invoice, delivery] = await Promise.all([
      this.queries.linesOf(proformaId),
      this.queries.invoiceOfProforma(proformaId),
      this.db.tx((em) => this.deliveryIn(em, proformaId)),
    ]);
    const issue = invoice ? await this.queries.issueOfInvoice(invoice.id) : null;
    return {
      id: proforma.id, number: proforma.number,
      stage: stageOf(proforma.status, invoice?.status ?? null, invoice?.paymentStatus ?? null, issue?.status ?? null),
      proformaStatus: proforma.status,
      invoiceNumber: invoice?.numberDisplay ?? null, invoiceStatus: invoice?.status ?? null, paymentStatus: invoice?.paymentStatus ?? null,
      shipmentStatus: issue?.status ?? null, trackingCode: issue?.trackingCode ?? null,
      totals: proforma.totals, couponCode: proforma.couponCode,
      lines: lines.map((l) => ({ productId: l.productId, productName: l.productName, unit: l.unit, quantity: l.quantity, unitPrice: l.unitPrice, total: l.total })),
      delivery, expiresAt: proforma.status === ProformaStatus.CONFIRMED ? proforma.expiresAt : null,
      createdAt: proforma.createdAt, createdAtJalali: proforma.createdAtJalali,
    };
  }

  private async deliveryIn(em: EntityManager, proformaId: string): Promise<ClubOrderDelivery | null> {
    const [row] = await em.query(
      `SELECT delivery_name, delivery_phone, delivery_address, postal_code, note FROM club_orders WHERE proforma_id = $1`,
      [proformaId],
    );
    return row ? { name: row.delivery_name, phone: row.delivery_phone, address: row.delivery_address, postalCode: row.postal_code, note: row.note } : null;
  }
}

/** A BadInputError with `from` renamed to `to` in its fields; anything else as it is. */
function onField(e: unknown, from: string, to: string): unknown {
  if (!(e instanceof BadInputError)) return e;
  return new BadInputError((e.extensions.fields as FieldError[]).map((f) => (f.field === from ? { ...f, field: to } : f)));
}

/** The furthest step of the chain pro-forma → invoice → payment → warehouse issue. */
export function stageOf(
  proforma: ProformaStatus,
  invoice: InvoiceStatus | null,
  payment: PaymentStatus | null,
  issue: WarehouseIssueStatus | null,
): ClubOrderStage {
  if (proforma === ProformaStatus.CANCELLED || invoice === InvoiceStatus.CANCELLED) return ClubOrderStage.CANCELLED;
  if (proforma === ProformaStatus.EXPIRED) return ClubOrderStage.EXPIRED;
  if (issue === WarehouseIssueStatus.RETURNED) return ClubOrderStage.RETURNED;
  if (issue === WarehouseIssueStatus.DELIVERED) return ClubOrderStage.DELIVERED;
  if (issue === WarehouseIssueStatus.SHIPPED) return ClubOrderStage.SHIPPED;
  if (issue === WarehouseIssueStatus.ISSUED) return ClubOrderStage.ISSUED;
  if (invoice && payment === PaymentStatus.PAID) return ClubOrderStage.PAID;
  if (invoice) return ClubOrderStage.INVOICED;
  return ClubOrderStage.PLACED;
}

function checkDelivery(input: ClubCheckoutInput): Delivery {
  const errors: FieldError[] = [];
  const text = (v: string | null | undefined) => v?.trim() || null;
  let phone: string | null = null;
  if (text(input.deliveryPhone)) {
    const parsed = normalizeIranianPhone(input.deliveryPhone);
    if (parsed.ok) phone = parsed.e164;
    else errors.push({ field: 'input.deliveryPhone', message: parsed.message });
  }
  let postalCode: string | null = null;
  if (text(input.postalCode)) {
    postalCode = toLatinDigits(input.postalCode!).replace(/[\s-]/g, '');
    if (!/^\d{10}$/.test(postalCode)) errors.push({ field: 'input.postalCode', message: 'must be the 10 digits of an Iranian postal code' });
  }
  if (errors.length) throw new BadInputError(errors);
  return { name: text(input.deliveryName), phone, address: text(input.deliveryAddress), postalCode, note: text(input.note) };
}

/** What the rep reads on the pro-forma: the customer's note and where to deliver. */
function notesOf(d: Delivery): string | null {
  const parts = [
    d.note,
    d.name ? `تحویل‌گیرنده: ${d.name}` : null,
    d.phone ? `تلفن تحویل: ${d.phone}` : null,
    d.address ? `نشانی: ${d.address}` : null,
    d.postalCode ? `کد پستی: ${d.postalCode}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join('\n') : null;
}
