import { Injectable, OnModuleInit } from '@nestjs/common';
import { toPersianDigits } from '@peyvand/text';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { hydrate } from '../../core/database/hydrate';
import { preparedQuery, TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, FieldError, NotFoundError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { Idempotency } from '../../core/idempotency/idempotency.service';
import { CouponsService } from '../catalog/coupons.service';
import { PricingService } from '../catalog/pricing.service';
import { ContactEvents, ContactMergedEvent, LifecycleInputEvents, OrderCompletedEvent } from '../contacts/contacts.events';
import { ContactsService } from '../contacts/contacts.service';
import { ContactEntity } from '../contacts/entities/contact.entity';
import { ContactSource } from '../contacts/models/contact.enums';
import { StaffService } from '../identity/staff.service';
import { StockService } from '../inventory/stock.service';
import { TaskKind } from '../tasks/task.model';
import { TasksService } from '../tasks/tasks.service';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { DocumentNumbers } from './document-numbers';
import { CreateProformaInput, RecordPaymentInput, ReturnLineInput, SalesLineInput, UpdateProformaInput } from './dto/sales.inputs';
import { InvoiceEntity, InvoicePaymentEntity } from './entities/invoice.entity';
import { ProformaEntity, ProformaLineEntity } from './entities/proforma.entity';
import { WarehouseIssueEntity, WarehouseIssueLineEntity } from './entities/warehouse-issue.entity';
import { invoiceNumberDisplay, jalaliYearOf, paymentStatusOf } from './sales.mappers';
import {
  InvoiceCancelledEvent, InvoiceIssuedEvent, PaymentRecordedEvent, ProformaClosedEvent, ProformaConfirmedEvent, ProformaCreatedEvent, SalesEvents,
  WarehouseIssueEvent,
} from './sales.events';
import { InvoiceStatus, PaymentStatus, ProformaSource, ProformaStatus, WarehouseIssueStatus } from './models/sales.enums';

export const DEFAULT_VALIDITY_DAYS = 3;
const DAY_MS = 86_400_000;
/** The order path's transactions: their named statements (pricing, locks, reservation) use generic plans, set with BEGIN. */
export const ORDER_TX = { genericPlans: true };
/** Contact sources that mean "came from the web": their first order gets a verification call. */
const WEB_CONTACT_SOURCES: string[] = [ContactSource.WEB_FORM, ContactSource.CLUB];

/** The stock reservation and coupon redemption of a pro-forma are filed under this reference. */
export const orderRef = (proformaId: string): string => `proforma:${proformaId}`;

export type VerificationCallHandler = (em: EntityManager, order: { workspaceId: string; contactId: string; proformaId: string; number: number }) => Promise<boolean>;

export interface CreateProformaOptions {
  /** Who creates it: staff (default for staff callers), the club (customer self-service) or an integration. */
  source?: ProformaSource;
}

/**
 * The back-office sales flow: pro-forma (priced by the catalog, never by the client) → confirmation (stock reserved,
 * coupon redeemed, until it expires) → invoice (gapless number per workspace and Jalali year) → payments → warehouse
 * issue (stock issued) → shipped → delivered, with returns and cancellations restoring stock through the inventory
 * ledger. Each step is one transaction that locks the document it changes (invoice before issue, everywhere), refuses
 * an impossible transition with a ConflictError naming the current status, and publishes its event inside the
 * transaction (the timeline records it; the ladder moves on sales.order_completed).
 */
@Injectable()
export class SalesService implements OnModuleInit {
  private verificationCall: VerificationCallHandler | null = null;

  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly events: DomainEvents,
    private readonly idempotency: Idempotency,
    private readonly pricing: PricingService,
    private readonly coupons: CouponsService,
    private readonly stock: StockService,
    private readonly tasks: TasksService,
    private readonly contacts: ContactsService,
    private readonly staff: StaffService,
    private readonly workspaces: WorkspacesService,
    private readonly numbers: DocumentNumbers,
  ) {}

  onModuleInit(): void {
    // A merged duplicate's documents follow it to the surviving contact.
    this.events.subscribeInTransaction<ContactMergedEvent>(ContactEvents.Merged, async (e, em) => {
      for (const table of ['proformas', 'invoices', 'warehouse_issues']) {
        await em.query(`UPDATE ${table} SET contact_id = $2, updated_at = now() WHERE contact_id = $1`, [e.mergedId, e.survivorId]);
      }
    });
  }

  private actorMemberId(): string | null {
    const p = this.context.principal();
    return p?.kind === 'staff' ? p.memberId : null;
  }

  private workspaceId(): string {
    return (this.db.currentWorkspaceId() ?? this.context.workspaceId())!;
  }

  // ─── Pro-formas ────────────────────────────────────────────────────────────────────────────────────────────

  /** Creates a DRAFT pro-forma; returns its id (read it back with SalesQueries). */
  async createProforma(input: CreateProformaInput, idempotencyKey?: string | null, options: CreateProformaOptions = {}): Promise<string> {
    return idOf(await this.createProformaDocument(input, idempotencyKey, options));
  }

  /** createProforma returning the written pro-forma for the response (only its id on an idempotent replay). */
  createProformaDocument(input: CreateProformaInput, idempotencyKey?: string | null, options: CreateProformaOptions = {}): Promise<ProformaEntity | string> {
    return this.idempotency.run<ProformaEntity | string>(idempotencyKey, 'createProforma', input, (em) => this.createProformaDocumentIn(em, input, options), {
      serialize: idOf,
      deserialize: (stored) => stored as string,
    }, ORDER_TX);
  }

  /** Inside an open transaction (a won opportunity's pro-forma). */
  async createProformaIn(em: EntityManager, input: CreateProformaInput, options: CreateProformaOptions = {}, path = 'input'): Promise<string> {
    return (await this.createProformaDocumentIn(em, input, options, path)).id;
  }

  /** Inside an open transaction, returning the written pro-forma (the club's checkout: source CLUB, confirmed at once). */
  async createProformaDocumentIn(em: EntityManager, input: CreateProformaInput, options: CreateProformaOptions = {}, path = 'input'): Promise<ProformaEntity> {
    const principal = this.context.principal();
    const source = options.source ?? (principal?.kind === 'apiKey' ? ProformaSource.API : ProformaSource.STAFF);
    const contact = await this.contacts.loadForInput(em, input.contactId, `${path}.contactId`);
    assertDistinctProducts(input.lines, `${path}.lines`);
    if (input.ownerId) await this.staff.assertMember(input.ownerId, `${path}.ownerId`);
    const ownerMemberId = input.ownerId ?? contact.ownerMemberId ?? this.actorMemberId();
    const priced = await this.price(em, contact.id, input.lines, input.couponCode, path);
    const workspaceId = this.workspaceId();
    const number = await this.numbers.next(workspaceId, 'PROFORMA');
    const validityDays = input.expiresInDays ?? DEFAULT_VALIDITY_DAYS;
    // Confirmed at once: written CONFIRMED, then the stock and coupon are held below (OUT_OF_STOCK rolls it all back).
    const confirmedAt = input.confirm ? new Date() : null;
    const expiresAt = confirmedAt ? new Date(confirmedAt.getTime() + validityDays * DAY_MS) : null;
    // The pro-forma and its lines in one statement; `earlier` (read before the insert): is this the contact's first order?
    const [row] = await preparedQuery<Record<string, unknown> & { earlier: boolean }>(
      em,
      `WITH p AS (
         INSERT INTO proformas (workspace_id, number, contact_id, owner_member_id, source, status, coupon_code, subtotal, discount_total, coupon_discount,
                                tax_total, total, validity_days, notes, created_by_member_id, confirmed_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, CASE WHEN $16::timestamptz IS NULL THEN 'DRAFT' ELSE 'CONFIRMED' END, $6, $7, $8, $9, $10, $11, $12, $13, $14,
                 $16, $17)
         RETURNING ${PROFORMA_COLUMNS}
       ), l AS (
         INSERT INTO proforma_lines (${LINE_COLUMNS})
         SELECT p.workspace_id, p.id, ${LINE_VALUES} FROM p, jsonb_to_recordset($15::jsonb) AS l(${LINE_RECORD})
       )
       SELECT ${PROFORMA_COLUMNS}, EXISTS (SELECT 1 FROM proformas e WHERE e.contact_id = $3) AS earlier FROM p`,
      [
        workspaceId, number, contact.id, ownerMemberId, source, priced.couponCode, priced.totals.subtotal, priced.totals.discountTotal,
        priced.totals.couponDiscount, priced.totals.taxTotal, priced.totals.total, validityDays, input.notes?.trim() || null,
        this.actorMemberId(), linesJson(priced.lines), confirmedAt, expiresAt,
      ],
    );
    const proforma = hydrate(em, ProformaEntity, row);
    await this.events.publish<ProformaCreatedEvent>(SalesEvents.ProformaCreated, {
      workspaceId, contactId: contact.id, actorMemberId: this.actorMemberId(), proformaId: proforma.id, number, source,
      ownerMemberId, total: proforma.total, lineCount: priced.lines.length, confirmed: confirmedAt !== null,
    });
    await this.automaticTasks(em, proforma, contact, !row.earlier);
    if (confirmedAt) await this.holdAndPublishConfirmed(em, proforma, priced, `${path}.couponCode`, true);
    return proforma;
  }

  /**
   * The automatic follow-ups (in the pro-forma's transaction): a club pro-forma → a task for the responsible rep to
   * follow it until it becomes an invoice; the first order of a customer who came from the web or the club → a call to
   * the mobile to confirm the order is real.
   */
  /**
   * Lets another module take over the first-web-order verification call (automation's follow-up plans, with a call
   * script and retries): the handler answers true when it did, and no plain call task is created here.
   */
  useVerificationCall(handler: VerificationCallHandler): void {
    this.verificationCall = handler;
  }

  private async automaticTasks(em: EntityManager, proforma: ProformaEntity, contact: ContactEntity, firstOrder: boolean): Promise<void> {
    const due = new Date(Date.now() + DAY_MS);
    if (proforma.source === ProformaSource.CLUB) {
      await this.tasks.createIn(em, {
        kind: TaskKind.TODO,
        title: `پیگیری پیش‌فاکتور شماره ${toPersianDigits(String(proforma.number))} تا صدور فاکتور`,
        notes: `Follow pro-forma #${proforma.number} (from the club) until it becomes an invoice.`,
        dueAt: due,
        assigneeId: proforma.ownerMemberId ?? undefined,
        contactId: contact.id,
      });
    }
    const fromWeb = proforma.source !== ProformaSource.STAFF || WEB_CONTACT_SOURCES.includes(contact.source);
    if (firstOrder && fromWeb && !(await this.verificationCall?.(em, { workspaceId: proforma.workspaceId, contactId: contact.id, proformaId: proforma.id, number: proforma.number }))) {
      await this.tasks.createIn(em, {
        kind: TaskKind.CALL,
        title: `تماس تأیید اولین سفارش (پیش‌فاکتور شماره ${toPersianDigits(String(proforma.number))})`,
        notes: `First order of a web customer: call the mobile${contact.primaryPhone ? ` (${contact.primaryPhone})` : ''} to confirm the order is real.`,
        dueAt: due,
        assigneeId: proforma.ownerMemberId ?? undefined,
        contactId: contact.id,
      });
    }
  }

  /** Only while DRAFT; new lines or a new coupon are priced again. */
  updateProforma(id: string, input: UpdateProformaInput): Promise<string> {
    return this.db.tx(async (em) => {
      const proforma = await this.lockProforma(em, id);
      assertProformaStatus(proforma, [ProformaStatus.DRAFT], 'be changed');
      if (input.lines) assertDistinctProducts(input.lines, 'input.lines');
      if (input.ownerId) {
        await this.staff.assertMember(input.ownerId, 'input.ownerId');
        proforma.ownerMemberId = input.ownerId;
      }
      if (input.notes !== undefined) proforma.notes = input.notes?.trim() || null;
      if (input.expiresInDays !== undefined) proforma.validityDays = input.expiresInDays;
      if (input.lines || input.couponCode !== undefined) {
        const lines = input.lines ?? (await this.linesOf(em, id)).map((l) => ({ productId: l.productId, quantity: l.quantity }));
        const coupon = input.couponCode === undefined ? proforma.couponCode : input.couponCode?.trim() || null;
        const priced = await this.price(em, proforma.contactId, lines, coupon, 'input');
        Object.assign(proforma, priced.totals, { couponCode: priced.couponCode });
        await em.delete(ProformaLineEntity, { proformaId: id });
        await this.insertLines(em, proforma, priced.lines);
      }
      await em.save(proforma);
      return id;
    });
  }

  /**
   * DRAFT → CONFIRMED: prices again (the confirmed price is today's), reserves the stock (all or nothing; OUT_OF_STOCK
   * leaves nothing written) and redeems the coupon, both under the reference proforma:<id>; the reservation holds
   * for expiresInDays (default the pro-forma's, 3 days).
   */
  async confirmProforma(id: string, expiresInDays?: number | null): Promise<string> {
    return (await this.confirmProformaDocument(id, expiresInDays)).id;
  }

  /** confirmProforma returning the confirmed pro-forma for the response. */
  confirmProformaDocument(id: string, expiresInDays?: number | null): Promise<ProformaEntity> {
    return this.db.tx(async (em) => {
      const { proforma, lines } = await this.lockProformaWithLines(em, id);
      assertProformaStatus(proforma, [ProformaStatus.DRAFT], 'be confirmed');
      const quantities = lines.map((l) => ({ productId: l.productId, quantity: l.quantity }));
      const priced = await this.price(em, proforma.contactId, quantities, proforma.couponCode, 'proforma').catch((e: unknown) => {
        // Since the draft a product went off sale or the coupon became unusable: the draft must be updated first.
        if (!(e instanceof BadInputError)) throw e;
        const problems = (e.extensions.fields as FieldError[]).map((f) => f.message).join('; ');
        throw new ConflictError(`Pro-forma #${proforma.number} cannot be confirmed as it stands (${problems}); update it first`, { fields: e.extensions.fields });
      });
      const repriced = !sameLines(lines, priced.lines) || proforma.total !== priced.totals.total;
      if (repriced) {
        Object.assign(proforma, priced.totals);
        await em.delete(ProformaLineEntity, { proformaId: id });
        await this.insertLines(em, proforma, priced.lines);
      }
      const now = new Date();
      const days = expiresInDays ?? proforma.validityDays;
      proforma.status = ProformaStatus.CONFIRMED;
      proforma.confirmedAt = now;
      proforma.validityDays = days;
      proforma.expiresAt = new Date(now.getTime() + days * DAY_MS);
      proforma.updatedAt = now;
      await preparedQuery(
        em,
        `UPDATE proformas SET status = 'CONFIRMED', confirmed_at = $2, validity_days = $3, expires_at = $4, subtotal = $5, discount_total = $6,
                coupon_discount = $7, tax_total = $8, total = $9, updated_at = $2
          WHERE id = $1`,
        [id, now, days, proforma.expiresAt, proforma.subtotal, proforma.discountTotal, proforma.couponDiscount, proforma.taxTotal, proforma.total],
      );
      await this.holdAndPublishConfirmed(em, proforma, priced, 'proforma.couponCode', false);
      return proforma;
    }, undefined, ORDER_TX);
  }

  /**
   * What confirming holds (under the reference proforma:<id>): the stock of every line, all or nothing
   * (OUT_OF_STOCK), and the coupon's redemption; then sales.proforma_confirmed.
   */
  private async holdAndPublishConfirmed(em: EntityManager, proforma: ProformaEntity, priced: Priced, couponField: string, atCreation: boolean): Promise<void> {
    const ref = orderRef(proforma.id);
    await this.stock.reserveIn(em, {
      reference: ref,
      lines: priced.lines.map((l) => ({ productId: l.productId, quantity: l.quantity })),
      products: new Map(priced.lines.map((l) => [l.productId, { id: l.productId, sku: l.productSku, name: l.productName, lowStockThreshold: l.product?.lowStockThreshold ?? null }])),
    });
    if (proforma.couponCode) {
      await this.coupons.redeemIn(em, { code: proforma.couponCode, contactId: proforma.contactId, orderRef: ref, amount: proforma.couponDiscount, field: couponField });
    }
    await this.events.publish<ProformaConfirmedEvent>(SalesEvents.ProformaConfirmed, {
      workspaceId: proforma.workspaceId, contactId: proforma.contactId, actorMemberId: this.actorMemberId(), proformaId: proforma.id,
      number: proforma.number, total: proforma.total, couponCode: proforma.couponCode, expiresAt: proforma.expiresAt!.toISOString(),
      source: proforma.source, atCreation,
    });
  }

  /** DRAFT or CONFIRMED → CANCELLED; a confirmed one gives its stock and coupon back. */
  cancelProforma(id: string, reason: string): Promise<string> {
    const why = reason.trim();
    if (!why) throw BadInputError.field('reason', 'say why the pro-forma is cancelled');
    if (why.length > 1000) throw BadInputError.field('reason', 'must be at most 1000 characters');
    return this.db.tx(async (em) => {
      const proforma = await this.lockProforma(em, id);
      assertProformaStatus(proforma, [ProformaStatus.DRAFT, ProformaStatus.CONFIRMED], 'be cancelled');
      if (proforma.status === ProformaStatus.CONFIRMED) await this.releaseHolds(em, proforma);
      proforma.status = ProformaStatus.CANCELLED;
      proforma.cancelledAt = new Date();
      proforma.cancelReason = why;
      await em.save(proforma);
      await this.events.publish<ProformaClosedEvent>(SalesEvents.ProformaCancelled, {
        workspaceId: proforma.workspaceId, contactId: proforma.contactId, actorMemberId: this.actorMemberId(), proformaId: id, number: proforma.number, reason: why,
      });
      return id;
    });
  }

  /**
   * Expires the workspace's CONFIRMED pro-formas whose expires_at has passed, releasing their stock and coupons (the
   * expiry job runs this per workspace). Rows another transaction holds are skipped (the next run takes them).
   */
  async expireDue(workspaceId: string, now = new Date(), batch = 200): Promise<number> {
    let expired = 0;
    for (;;) {
      const n = await this.db.tx(async (em) => {
        const due = await em
          .createQueryBuilder(ProformaEntity, 'p')
          .where('p.status = :status AND p.expires_at <= :now', { status: ProformaStatus.CONFIRMED, now })
          .orderBy('p.expires_at', 'ASC')
          .take(batch)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const proforma of due) {
          await this.releaseHolds(em, proforma);
          proforma.status = ProformaStatus.EXPIRED;
          proforma.expiredAt = now;
          await em.save(proforma);
          await this.events.publish<ProformaClosedEvent>(SalesEvents.ProformaExpired, {
            workspaceId, contactId: proforma.contactId, actorMemberId: null, proformaId: proforma.id, number: proforma.number, reason: 'expired',
          });
        }
        return due.length;
      }, workspaceId);
      expired += n;
      if (n < batch) return expired;
    }
  }

  private async releaseHolds(em: EntityManager, proforma: ProformaEntity): Promise<void> {
    await this.stock.releaseIn(em, orderRef(proforma.id));
    if (proforma.couponCode) await this.coupons.releaseIn(em, orderRef(proforma.id));
  }

  // ─── Invoices and payments ─────────────────────────────────────────────────────────────────────────────────

  /**
   * CONFIRMED → INVOICED, with an invoice numbered without gaps in the current Jalali year of the workspace: the
   * counter row is incremented in this transaction (concurrent issuers queue on it; a rollback gives the number back).
   */
  issueInvoice(proformaId: string): Promise<string> {
    return this.db.tx(async (em) => {
      const proforma = await this.lockProforma(em, proformaId);
      assertProformaStatus(proforma, [ProformaStatus.CONFIRMED], 'be invoiced');
      const now = new Date();
      if (proforma.expiresAt && proforma.expiresAt <= now) {
        throw new ConflictError(`Pro-forma #${proforma.number} expired at ${proforma.expiresAt.toISOString()}; its stock is being released — create and confirm a new one`, { status: 'EXPIRED' });
      }
      const { timezone } = await this.workspaces.current();
      const jalaliYear = jalaliYearOf(now, timezone);
      // Last statement before the inserts: the counter row stays locked only for the rest of this short transaction.
      const [{ last_number: number }] = await em.query(
        `INSERT INTO invoice_counters (workspace_id, jalali_year, last_number) VALUES ($1, $2, 1)
         ON CONFLICT (workspace_id, jalali_year) DO UPDATE SET last_number = invoice_counters.last_number + 1
         RETURNING last_number`,
        [proforma.workspaceId, jalaliYear],
      );
      const invoice = await em.save(
        em.create(InvoiceEntity, {
          workspaceId: proforma.workspaceId,
          proformaId,
          contactId: proforma.contactId,
          ownerMemberId: proforma.ownerMemberId,
          jalaliYear,
          number,
          subtotal: proforma.subtotal,
          discountTotal: proforma.discountTotal,
          couponDiscount: proforma.couponDiscount,
          taxTotal: proforma.taxTotal,
          total: proforma.total,
          paidTotal: 0,
          paymentStatus: paymentStatusOf(0, proforma.total),
          status: InvoiceStatus.ISSUED,
          issuedAt: now,
          createdByMemberId: this.actorMemberId(),
        }),
      );
      proforma.status = ProformaStatus.INVOICED;
      proforma.invoicedAt = now;
      await em.save(proforma);
      await this.events.publish<InvoiceIssuedEvent>(SalesEvents.InvoiceIssued, {
        workspaceId: invoice.workspaceId, contactId: invoice.contactId, actorMemberId: this.actorMemberId(), invoiceId: invoice.id, proformaId,
        ownerMemberId: proforma.ownerMemberId, jalaliYear, number, numberDisplay: invoiceNumberDisplay(jalaliYear, number), total: invoice.total, issuedAt: now.toISOString(),
      });
      return invoice.id;
    });
  }

  /** A payment of at most the balance; the payment status follows (UNPAID → PARTLY_PAID → PAID). */
  recordPayment(invoiceId: string, input: RecordPaymentInput, idempotencyKey?: string | null): Promise<string> {
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw BadInputError.field('input.amount', 'must be a whole number of Rial above 0');
    if (input.paidAt && input.paidAt.getTime() > Date.now() + 5 * 60_000) throw BadInputError.field('input.paidAt', 'cannot be in the future');
    return this.idempotency.run(
      idempotencyKey,
      'recordPayment',
      { invoiceId, ...input },
      async (em) => {
        const invoice = await this.lockInvoice(em, invoiceId);
        assertInvoiceIssued(invoice, 'take payments');
        const balance = invoice.total - invoice.paidTotal;
        if (balance === 0) throw BadInputError.field('input.amount', `invoice ${display(invoice)} is already paid in full`);
        if (input.amount > balance) throw BadInputError.field('input.amount', `is more than the balance of ${balance} Rial`);
        const payment = await em.save(
          em.create(InvoicePaymentEntity, {
            workspaceId: invoice.workspaceId,
            invoiceId,
            amount: input.amount,
            method: input.method,
            reference: input.reference?.trim() || null,
            paidAt: input.paidAt ?? new Date(),
            recordedByMemberId: this.actorMemberId(),
          }),
        );
        invoice.paidTotal += input.amount;
        invoice.paymentStatus = paymentStatusOf(invoice.paidTotal, invoice.total);
        await em.save(invoice);
        await this.events.publish<PaymentRecordedEvent>(SalesEvents.PaymentRecorded, {
          workspaceId: invoice.workspaceId, contactId: invoice.contactId, actorMemberId: this.actorMemberId(), invoiceId, paymentId: payment.id,
          numberDisplay: display(invoice), amount: payment.amount, method: payment.method, paidAt: payment.paidAt.toISOString(),
          paidTotal: invoice.paidTotal, total: invoice.total, paymentStatus: invoice.paymentStatus,
        });
        await this.completeIfDone(em, invoice);
        return payment.id;
      },
      { serialize: (id) => id, deserialize: (stored) => stored as string },
    );
  }

  /**
   * ISSUED → CANCELLED, keeping its number (no gaps). Refused once the goods are shipped or delivered (record a return
   * instead); goods issued but not shipped go back to stock, a reservation is released, the coupon is given back.
   * Payments stay recorded on the cancelled invoice (refunds are settled outside).
   */
  cancelInvoice(id: string, reason: string): Promise<string> {
    const why = reason.trim();
    if (!why) throw BadInputError.field('reason', 'say why the invoice is cancelled');
    if (why.length > 1000) throw BadInputError.field('reason', 'must be at most 1000 characters');
    return this.db.tx(async (em) => {
      const invoice = await this.lockInvoice(em, id);
      assertInvoiceIssued(invoice, 'be cancelled');
      const issue = await this.liveIssueOf(em, id, true);
      if (issue && (issue.status === WarehouseIssueStatus.SHIPPED || issue.status === WarehouseIssueStatus.DELIVERED)) {
        throw new ConflictError(`Invoice ${display(invoice)} cannot be cancelled: its goods are ${issue.status} (warehouse issue #${issue.number}); record a return instead`, {
          status: issue.status,
        });
      }
      const ref = orderRef(invoice.proformaId);
      if (!issue) {
        await this.stock.releaseIn(em, ref);
      } else if (issue.status === WarehouseIssueStatus.ISSUED) {
        const lines = await em.find(WarehouseIssueLineEntity, { where: { issueId: issue.id } });
        const back = lines.filter((l) => l.quantity > l.returnedQuantity).map((l) => ({ productId: l.productId, quantity: l.quantity - l.returnedQuantity }));
        if (back.length) await this.stock.returnIn(em, { reference: ref, lines: back });
        for (const l of lines) await em.update(WarehouseIssueLineEntity, l.id, { returnedQuantity: l.quantity });
        issue.status = WarehouseIssueStatus.CANCELLED;
        issue.cancelledAt = new Date();
        await em.save(issue);
      }
      const [proforma] = await em.query(`SELECT coupon_code FROM proformas WHERE id = $1`, [invoice.proformaId]);
      if (proforma?.coupon_code) await this.coupons.releaseIn(em, ref);
      invoice.status = InvoiceStatus.CANCELLED;
      invoice.cancelledAt = new Date();
      invoice.cancelReason = why;
      await em.save(invoice);
      await this.events.publish<InvoiceCancelledEvent>(SalesEvents.InvoiceCancelled, {
        workspaceId: invoice.workspaceId, contactId: invoice.contactId, actorMemberId: this.actorMemberId(), invoiceId: id, numberDisplay: display(invoice), reason: why,
      });
      return id;
    });
  }

  // ─── Warehouse issues ──────────────────────────────────────────────────────────────────────────────────────

  /** The goods of an ISSUED invoice leave the warehouse: the reservation becomes an issue in the stock ledger. */
  createWarehouseIssue(invoiceId: string): Promise<string> {
    return this.db.tx(async (em) => {
      const invoice = await this.lockInvoice(em, invoiceId);
      assertInvoiceIssued(invoice, 'get a warehouse issue');
      const existing = await this.liveIssueOf(em, invoiceId, false);
      if (existing) {
        throw new ConflictError(`Invoice ${display(invoice)} already has warehouse issue #${existing.number} (${existing.status})`, { status: existing.status });
      }
      await this.stock.issueIn(em, orderRef(invoice.proformaId));
      const number = await this.numbers.next(invoice.workspaceId, 'WAREHOUSE_ISSUE');
      const issue = await em.save(
        em.create(WarehouseIssueEntity, {
          workspaceId: invoice.workspaceId,
          invoiceId,
          contactId: invoice.contactId,
          number,
          status: WarehouseIssueStatus.ISSUED,
          issuedAt: new Date(),
          createdByMemberId: this.actorMemberId(),
        }),
      );
      const lines = await this.linesOf(em, invoice.proformaId);
      await em.insert(
        WarehouseIssueLineEntity,
        lines.map((l) => ({ workspaceId: invoice.workspaceId, issueId: issue.id, productId: l.productId, quantity: l.quantity, returnedQuantity: 0 })),
      );
      await this.publishIssue(SalesEvents.OrderIssued, issue);
      return issue.id;
    });
  }

  markShipped(id: string, trackingCode?: string | null): Promise<string> {
    const tracking = trackingCode?.trim() || null;
    if (tracking && tracking.length > 200) throw BadInputError.field('trackingCode', 'must be at most 200 characters');
    return this.db.tx(async (em) => {
      const { issue } = await this.lockIssue(em, id);
      assertIssueStatus(issue, [WarehouseIssueStatus.ISSUED], 'be shipped');
      issue.status = WarehouseIssueStatus.SHIPPED;
      issue.shippedAt = new Date();
      if (tracking) issue.trackingCode = tracking;
      await em.save(issue);
      await this.publishIssue(SalesEvents.OrderShipped, issue);
      return id;
    });
  }

  /** SHIPPED (or ISSUED, for goods collected at the counter) → DELIVERED; completes the order when it is paid. */
  markDelivered(id: string): Promise<string> {
    return this.db.tx(async (em) => {
      const { issue, invoice } = await this.lockIssue(em, id);
      assertIssueStatus(issue, [WarehouseIssueStatus.ISSUED, WarehouseIssueStatus.SHIPPED], 'be delivered');
      const now = new Date();
      issue.status = WarehouseIssueStatus.DELIVERED;
      issue.shippedAt ??= now;
      issue.deliveredAt = now;
      await em.save(issue);
      await this.publishIssue(SalesEvents.OrderDelivered, issue);
      await this.completeIfDone(em, invoice);
      return id;
    });
  }

  /**
   * Goods coming back (all that is left, or the given lines): the stock is restored through the ledger; the issue is
   * RETURNED once everything is back.
   */
  returnIssue(id: string, lines?: ReturnLineInput[] | null): Promise<string> {
    return this.db.tx(async (em) => {
      const { issue, invoice } = await this.lockIssue(em, id);
      assertIssueStatus(issue, [WarehouseIssueStatus.ISSUED, WarehouseIssueStatus.SHIPPED, WarehouseIssueStatus.DELIVERED], 'take a return');
      const issued = await em.find(WarehouseIssueLineEntity, { where: { issueId: id } });
      const byProduct = new Map(issued.map((l) => [l.productId, l]));
      let back: Array<{ productId: string; quantity: number }>;
      if (lines?.length) {
        const problems: FieldError[] = [];
        const seen = new Set<string>();
        lines.forEach((l, i) => {
          const line = byProduct.get(l.productId);
          if (!line) problems.push({ field: `lines.${i}.productId`, message: 'was not issued on this warehouse issue' });
          else if (seen.has(l.productId)) problems.push({ field: `lines.${i}.productId`, message: 'appears twice' });
          else if (l.quantity > line.quantity - line.returnedQuantity) {
            problems.push({ field: `lines.${i}.quantity`, message: `is more than the ${line.quantity - line.returnedQuantity} left to return` });
          }
          seen.add(l.productId);
        });
        if (problems.length) throw new BadInputError(problems);
        back = lines.map((l) => ({ productId: l.productId, quantity: l.quantity }));
      } else {
        back = issued.filter((l) => l.quantity > l.returnedQuantity).map((l) => ({ productId: l.productId, quantity: l.quantity - l.returnedQuantity }));
      }
      await this.stock.returnIn(em, { reference: orderRef(invoice.proformaId), lines: back });
      for (const b of back) {
        const line = byProduct.get(b.productId)!;
        line.returnedQuantity += b.quantity;
        await em.update(WarehouseIssueLineEntity, line.id, { returnedQuantity: line.returnedQuantity });
      }
      if (issued.every((l) => l.returnedQuantity === l.quantity)) {
        issue.status = WarehouseIssueStatus.RETURNED;
        issue.returnedAt = new Date();
      }
      await em.save(issue);
      await this.publishIssue(SalesEvents.OrderReturned, issue, back);
      return id;
    });
  }

  private publishIssue(name: string, issue: WarehouseIssueEntity, lines?: Array<{ productId: string; quantity: number }>): Promise<void> {
    return this.events.publish<WarehouseIssueEvent>(name, {
      workspaceId: issue.workspaceId, contactId: issue.contactId, actorMemberId: this.actorMemberId(), issueId: issue.id, invoiceId: issue.invoiceId,
      number: issue.number, status: issue.status, trackingCode: issue.trackingCode, ...(lines ? { lines } : {}),
    });
  }

  /**
   * The order is complete when it is paid in full and its goods are delivered, whichever comes last; then, once per
   * invoice, sales.order_completed moves the customer up the ladder. (Paid alone is not a purchase yet: the goods may
   * still not leave; delivered alone is a sale on credit.) The invoice row is locked by the caller.
   */
  private async completeIfDone(em: EntityManager, invoice: InvoiceEntity): Promise<void> {
    if (invoice.completedAt || invoice.status !== InvoiceStatus.ISSUED || invoice.paymentStatus !== PaymentStatus.PAID) return;
    const delivered = await em.findOne(WarehouseIssueEntity, { where: { invoiceId: invoice.id, status: WarehouseIssueStatus.DELIVERED } });
    if (!delivered) return;
    const completedAt = new Date();
    await em.update(InvoiceEntity, invoice.id, { completedAt });
    invoice.completedAt = completedAt;
    await this.events.publish<OrderCompletedEvent>(LifecycleInputEvents.OrderCompleted, {
      workspaceId: invoice.workspaceId, contactId: invoice.contactId, orderId: invoice.id, completedAt: completedAt.toISOString(),
    });
  }

  // ─── Helpers ───────────────────────────────────────────────────────────────────────────────────────────────

  /** Prices lines through the catalog (the one price function) and takes the products' names as sold. */
  private async price(em: EntityManager, contactId: string, lines: SalesLineInput[], couponCode: string | null | undefined, path: string) {
    const code = couponCode?.trim() || null;
    const quote = await this.pricing.quoteIn(em, { contactId, lines: lines.map((l) => ({ productId: l.productId, quantity: l.quantity })), couponCode: code }, { path });
    // A product no longer on sale does not stop a price preview, but it does stop a sales document.
    if (quote.problems.length) throw new BadInputError(quote.problems.map((p) => ({ field: p.field, message: p.message })));
    // The quote carries the products it priced: their names are taken as sold without loading them again.
    const priced = quote.lines.map((q, i) => {
      const product = q.product;
      if (!product) throw BadInputError.field(`${path}.lines.${i}.productId`, 'is not a product of this workspace');
      return { ...q, productName: product.nameFa, productSku: product.sku, unit: product.unit };
    });
    return {
      lines: priced,
      couponCode: quote.coupon?.code ?? null,
      totals: { subtotal: quote.subtotal, discountTotal: quote.discountTotal, couponDiscount: quote.couponDiscount, taxTotal: quote.taxTotal, total: quote.total },
    };
  }

  private async insertLines(em: EntityManager, proforma: ProformaEntity, lines: PricedLine[]): Promise<void> {
    await em.query(
      `INSERT INTO proforma_lines (${LINE_COLUMNS}) SELECT $1, $2, ${LINE_VALUES} FROM jsonb_to_recordset($3::jsonb) AS l(${LINE_RECORD})`,
      [proforma.workspaceId, proforma.id, linesJson(lines)],
    );
  }

  private linesOf(em: EntityManager, proformaId: string): Promise<ProformaLineEntity[]> {
    return em.find(ProformaLineEntity, { where: { proformaId }, order: { position: 'ASC' } });
  }

  private async lockProforma(em: EntityManager, id: string): Promise<ProformaEntity> {
    const row = await em.findOne(ProformaEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new NotFoundError('Proforma', id);
    return row;
  }

  /** The pro-forma locked, with its lines, in one statement. */
  private async lockProformaWithLines(em: EntityManager, id: string): Promise<{ proforma: ProformaEntity; lines: ProformaLineEntity[] }> {
    const [row] = await preparedQuery<Record<string, unknown> & { lines: Array<Record<string, unknown>> }>(
      em,
      `SELECT ${PROFORMA_COLUMNS},
              (SELECT coalesce(json_agg(json_build_object(${LINE_JSON}) ORDER BY l.position), '[]') FROM proforma_lines l WHERE l.proforma_id = p.id) AS lines
         FROM proformas p WHERE p.id = $1 FOR UPDATE OF p`,
      [id],
    );
    if (!row) throw new NotFoundError('Proforma', id);
    return { proforma: hydrate(em, ProformaEntity, row), lines: row.lines.map((l) => hydrate(em, ProformaLineEntity, l)) };
  }

  private async lockInvoice(em: EntityManager, id: string): Promise<InvoiceEntity> {
    const row = await em.findOne(InvoiceEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new NotFoundError('Invoice', id);
    return row;
  }

  /** Locks the issue's invoice, then the issue (the order every writer follows, so none deadlock). */
  private async lockIssue(em: EntityManager, id: string): Promise<{ issue: WarehouseIssueEntity; invoice: InvoiceEntity }> {
    const found = await em.findOne(WarehouseIssueEntity, { where: { id }, select: { id: true, invoiceId: true } });
    if (!found) throw new NotFoundError('WarehouseIssue', id);
    const invoice = await this.lockInvoice(em, found.invoiceId);
    const issue = await em.findOneOrFail(WarehouseIssueEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return { issue, invoice };
  }

  private async liveIssueOf(em: EntityManager, invoiceId: string, lock: boolean): Promise<WarehouseIssueEntity | null> {
    const qb = em.createQueryBuilder(WarehouseIssueEntity, 'w').where(`w.invoice_id = :invoiceId AND w.status <> 'CANCELLED'`, { invoiceId });
    return (lock ? qb.setLock('pessimistic_write') : qb).getOne();
  }


}

type Priced = Awaited<ReturnType<SalesService['price']>>;
type PricedLine = Priced['lines'][number];

const idOf = (document: { id: string } | string): string => (typeof document === 'string' ? document : document.id);

const PROFORMA_COLUMNS = `id, workspace_id, number, contact_id, owner_member_id, source, status, coupon_code, subtotal, discount_total, coupon_discount,
  tax_total, total, validity_days, expires_at, confirmed_at, cancelled_at, cancel_reason, expired_at, invoiced_at, notes, created_by_member_id, created_at,
  updated_at`;
/** A line as json (bigint Rial stays exact below 2^53, the money invariant). */
const LINE_JSON = ['id', 'workspace_id', 'proforma_id', 'position', 'product_id', 'product_name', 'product_sku', 'unit', 'quantity', 'unit_base_price', 'unit_price',
  'discount', 'coupon_discount', 'tax_rate_bp', 'tax', 'total', 'price_list_id'].map((c) => `'${c}', l.${c}`).join(', ');
const LINE_COLUMNS = `workspace_id, proforma_id, position, product_id, product_name, product_sku, unit, quantity, unit_base_price, unit_price, discount,
  coupon_discount, tax_rate_bp, tax, total, price_list_id`;
const LINE_VALUES = `l.position, l.product_id, l.product_name, l.product_sku, l.unit, l.quantity, l.unit_base_price, l.unit_price, l.discount,
  l.coupon_discount, l.tax_rate_bp, l.tax, l.total, l.price_list_id`;
const LINE_RECORD = `position int, product_id uuid, product_name text, product_sku text, unit text, quantity int, unit_base_price bigint,
  unit_price bigint, discount bigint, coupon_discount bigint, tax_rate_bp int, tax bigint, total bigint, price_list_id uuid`;

/** Priced lines as the jsonb records of LINE_RECORD, in their order. */
const linesJson = (lines: PricedLine[]): string =>
  JSON.stringify(
    lines.map((l, position) => ({
      position, product_id: l.productId, product_name: l.productName, product_sku: l.productSku, unit: l.unit, quantity: l.quantity,
      unit_base_price: l.unitBasePrice, unit_price: l.unitPrice, discount: l.discount, coupon_discount: l.couponDiscount, tax_rate_bp: l.taxRateBp,
      tax: l.tax, total: l.total, price_list_id: l.appliedPriceListId,
    })),
  );

const display = (invoice: InvoiceEntity): string => invoiceNumberDisplay(invoice.jalaliYear, invoice.number);

function assertProformaStatus(proforma: ProformaEntity, allowed: ProformaStatus[], action: string): void {
  if (allowed.includes(proforma.status as ProformaStatus)) return;
  throw new ConflictError(`Pro-forma #${proforma.number} is ${proforma.status} and cannot ${action}`, { status: proforma.status });
}

function assertInvoiceIssued(invoice: InvoiceEntity, action: string): void {
  if (invoice.status === InvoiceStatus.ISSUED) return;
  throw new ConflictError(`Invoice ${display(invoice)} is ${invoice.status} and cannot ${action}`, { status: invoice.status });
}

function assertIssueStatus(issue: WarehouseIssueEntity, allowed: WarehouseIssueStatus[], action: string): void {
  if (allowed.includes(issue.status as WarehouseIssueStatus)) return;
  throw new ConflictError(`Warehouse issue #${issue.number} is ${issue.status} and cannot ${action}`, { status: issue.status });
}

/** One line per product (the stock is reserved per product): a repeated product is refused, naming the repeat. */
function assertDistinctProducts(lines: SalesLineInput[], path: string): void {
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  lines.forEach((l, i) => {
    if (seen.has(l.productId)) problems.push({ field: `${path}.${i}.productId`, message: 'appears on another line; give one line per product' });
    seen.add(l.productId);
  });
  if (problems.length) throw new BadInputError(problems);
}

function sameLines(current: ProformaLineEntity[], priced: Array<{ productId: string; quantity: number; unitPrice: number; discount: number; tax: number; total: number }>): boolean {
  return (
    current.length === priced.length &&
    current.every((c, i) => c.productId === priced[i].productId && c.quantity === priced[i].quantity && c.unitPrice === priced[i].unitPrice && c.discount === priced[i].discount && c.tax === priced[i].tax && c.total === priced[i].total)
  );
}
