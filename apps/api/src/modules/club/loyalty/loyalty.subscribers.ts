import { NotFoundError } from '../../../core/errors/domain-errors';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEvents } from '../../../core/events/domain-events';
import { toLatinDigits } from '@peyvand/text';
import { MessageReceivedEvent, MessagingEvents } from '../../messaging/messaging.events';
import { SMS_OPT_OUT_KEYWORDS } from '../../messaging/messaging.service';
import { SalesQueries } from '../../sales/sales-queries.service';
import { InvoiceCancelledEvent, PaymentRecordedEvent, SalesEvents, WarehouseIssueEvent } from '../../sales/sales.events';
import { CallLoggedEvent, TelephonyEvents } from '../../telephony/telephony.events';
import { ContactEvents, ContactMergedEvent } from '../../contacts/contacts.events';
import { ClubEvents, MemberJoinedEvent } from '../club.events';
import { LoyaltyService } from './loyalty.service';
import { EarningService } from './earning.service';
import { LoyaltySettingsService } from './loyalty-settings.service';
import { REASONS } from './loyalty-texts';
import { PointsSource } from './models/loyalty.models';
import { PurchasesService } from './purchases.service';
import { ReferralsService } from './referrals.service';

export const invoicePurchaseRef = (invoiceId: string) => `invoice:${invoiceId}`;

/**
 * What other modules' events mean for points, handled inside the publisher's transaction (points commit or roll back
 * with the change that earned them): an invoice paid in full is a purchase; its cancellation or full return reverses
 * its points and stamps, a partial return the points' share and the stamps of what came back; an answered inbound
 * call and an inbound SMS are interactions; a member joining with a referral code is a pending referral; merging
 * duplicate contacts moves the duplicate's points to the survivor.
 */
@Injectable()
export class LoyaltySubscribers implements OnModuleInit {
  private readonly logger = new Logger(LoyaltySubscribers.name);

  constructor(
    private readonly events: DomainEvents,
    private readonly settings: LoyaltySettingsService,
    private readonly earning: EarningService,
    private readonly purchases: PurchasesService,
    private readonly referrals: ReferralsService,
    private readonly sales: SalesQueries,
    private readonly loyalty: LoyaltyService,
  ) {}

  onModuleInit(): void {
    this.events.subscribeInTransaction<PaymentRecordedEvent>(SalesEvents.PaymentRecorded, async (e, em) => {
      if (e.paymentStatus !== 'PAID') return;
      const lines = await this.purchaseLinesOf(e.invoiceId);
      await this.purchases.earnForPurchaseIn(em, {
        contactId: e.contactId, amount: e.total, ref: invoicePurchaseRef(e.invoiceId), at: new Date(e.paidAt), label: e.numberDisplay,
        lines,
      });
    });
    this.events.subscribeInTransaction<InvoiceCancelledEvent>(SalesEvents.InvoiceCancelled, async (e, em) => {
      await this.purchases.reversePurchaseIn(em, invoicePurchaseRef(e.invoiceId), REASONS.invoiceCancelled(e.numberDisplay));
    });
    this.events.subscribeInTransaction<WarehouseIssueEvent>(SalesEvents.OrderReturned, async (e, em) => {
      const ref = invoicePurchaseRef(e.invoiceId);
      if (e.status === 'RETURNED') {
        await this.purchases.reversePurchaseIn(em, ref, REASONS.returned(e.number, true));
        return;
      }
      if (!e.lines?.length) return;
      const invoice = await this.sales.invoice(e.invoiceId);
      const sold = new Map((await this.sales.linesOf(invoice.proformaId)).map((l) => [l.productId, l]));
      const amount = e.lines.reduce((a, r) => {
        const line = sold.get(r.productId);
        return line ? a + Math.round((line.total * r.quantity) / line.quantity) : a;
      }, 0);
      await this.purchases.reversePurchaseIn(em, ref, REASONS.returned(e.number, false), { amount, lines: e.lines });
    });
    this.events.subscribeInTransaction<CallLoggedEvent>(TelephonyEvents.CallLogged, async (e, em) => {
      if (e.direction !== 'in' || e.data.outcome !== 'answered') return;
      await this.bestEffort(em, `call ${e.callId}`, async () => {
        const rules = await this.settings.getIn(em);
        await this.earning.earnIn(em, { contactId: e.contactId, source: PointsSource.CALL, points: rules.callPoints, reason: REASONS.call(), sourceRef: `call:${e.callId}` }, rules);
      });
    });
    this.events.subscribeInTransaction<MessageReceivedEvent>(MessagingEvents.Received, async (e, em) => {
      // An opt-out ("لغو", "stop") is not an interaction to reward.
      if (e.channel !== 'SMS' || SMS_OPT_OUT_KEYWORDS.includes(toLatinDigits(e.bodyText).trim().toLowerCase().replace(/\s+/g, ''))) return;
      await this.bestEffort(em, `inbound SMS ${e.messageId}`, async () => {
        const rules = await this.settings.getIn(em);
        await this.earning.earnIn(em, { contactId: e.contactId, source: PointsSource.SMS, points: rules.smsPoints, reason: REASONS.sms(), sourceRef: `sms:${e.messageId}` }, rules);
      });
    });
    this.events.subscribeInTransaction<ContactMergedEvent>(ContactEvents.Merged, async (e, em) => {
      await this.loyalty.mergeIn(em, e.survivorId, e.mergedId, e.mergedName);
    });
    this.events.subscribeInTransaction<MemberJoinedEvent>(ClubEvents.MemberJoined, async (e, em) => {
      await this.bestEffort(em, `referral of member ${e.clubMemberId}`, () => this.referrals.onMemberJoinedIn(em, e));
    });
  }

  /**
   * Interaction points and referral bookkeeping must never cost the caller its call record, inbound SMS or sign-up:
   * they run under a savepoint and a failure is logged and rolled back alone. (Purchases stay strict: points follow
   * the payment or neither commits.)
   */
  private async bestEffort(em: EntityManager, what: string, fn: () => Promise<void>): Promise<void> {
    await em.query('SAVEPOINT loyalty_best_effort');
    try {
      await fn();
      await em.query('RELEASE SAVEPOINT loyalty_best_effort');
    } catch (e) {
      await em.query('ROLLBACK TO SAVEPOINT loyalty_best_effort');
      this.logger.error(e, `loyalty for ${what} failed; the change itself stands`);
    }
  }

  /** The invoice's lines for stamp cards; none when the event names no stored invoice (an integration's own event). */
  private async purchaseLinesOf(invoiceId: string): Promise<Array<{ productId: string; quantity: number }>> {
    try {
      const invoice = await this.sales.invoice(invoiceId);
      return await this.sales.linesOf(invoice.proformaId);
    } catch (e) {
      if (e instanceof NotFoundError) return [];
      throw e;
    }
  }
}
