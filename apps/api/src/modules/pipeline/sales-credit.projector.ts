import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../core/events/domain-events';
import { InvoiceCancelledEvent, InvoiceIssuedEvent, PaymentRecordedEvent, SalesEvents } from '../sales/sales.events';

/**
 * The pipeline's own record of paid amounts per rep (`sales_credit`), fed by the sales module's events inside their
 * transactions — attainment and commissions are computed from it, never from the sales tables.
 * Credit goes to the rep of the deal: the owner of the won opportunity the pro-forma came from, else the pro-forma's
 * owner; a payment is credited when recorded (its paidAt decides the period) and withdrawn if its invoice is cancelled.
 */
@Injectable()
export class SalesCreditProjector implements OnModuleInit {
  constructor(private readonly events: DomainEvents) {}

  onModuleInit(): void {
    this.events.subscribeInTransaction<InvoiceIssuedEvent>(SalesEvents.InvoiceIssued, async (e, em) => {
      // The rep is decided when the invoice is issued (nothing is written per pro-forma: most never become invoices).
      // The PROFORMA documents are those written at pro-forma creation before 2026-12-07.
      await em.query(
        `INSERT INTO sales_credit_documents (workspace_id, document_id, kind, member_id)
         SELECT $1, $2, 'INVOICE', coalesce(
           (SELECT o.owner_member_id FROM opportunities o WHERE o.proforma_id = $3),
           $4::uuid,
           (SELECT d.member_id FROM sales_credit_documents d WHERE d.document_id = $3))
         ON CONFLICT (workspace_id, document_id) DO UPDATE SET member_id = EXCLUDED.member_id`,
        [e.workspaceId, e.invoiceId, e.proformaId, e.ownerMemberId],
      );
    });
    this.events.subscribeInTransaction<PaymentRecordedEvent>(SalesEvents.PaymentRecorded, async (e, em) => {
      if (!(e.amount > 0)) return;
      await em.query(
        `INSERT INTO sales_credit (workspace_id, payment_id, invoice_id, member_id, amount, paid_at)
         VALUES ($1, $2, $3, (SELECT d.member_id FROM sales_credit_documents d WHERE d.document_id = $3), $4, $5)
         ON CONFLICT (workspace_id, payment_id) DO NOTHING`,
        [e.workspaceId, e.paymentId, e.invoiceId, e.amount, e.paidAt],
      );
    });
    this.events.subscribeInTransaction<InvoiceCancelledEvent>(SalesEvents.InvoiceCancelled, async (e, em) => {
      await em.query(`DELETE FROM sales_credit WHERE invoice_id = $1`, [e.invoiceId]);
    });
  }
}
