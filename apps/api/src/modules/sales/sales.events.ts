/**
 * Events the sales module publishes, inside the transaction of the step (the timeline writes every one of them on the
 * customer's 360 file; the club awards points and the contacts ladder moves on them). Amounts are integer Rial.
 * `sales.order_completed` is `OrderCompletedEvent` of contacts.events.ts.
 */
export const SalesEvents = {
  ProformaCreated: 'sales.proforma_created',
  ProformaConfirmed: 'sales.proforma_confirmed',
  ProformaCancelled: 'sales.proforma_cancelled',
  ProformaExpired: 'sales.proforma_expired',
  InvoiceIssued: 'sales.invoice_issued',
  InvoiceCancelled: 'sales.invoice_cancelled',
  PaymentRecorded: 'sales.payment_recorded',
  OrderIssued: 'sales.order_issued',
  OrderShipped: 'sales.order_shipped',
  OrderDelivered: 'sales.order_delivered',
  OrderReturned: 'sales.order_returned',
  /** Paid in full and delivered (whichever comes last), once per invoice: the contacts ladder's input. */
  OrderCompleted: 'sales.order_completed',
} as const;

interface SalesEventBase {
  workspaceId: string;
  contactId: string;
  actorMemberId: string | null;
}

export interface ProformaCreatedEvent extends SalesEventBase {
  proformaId: string;
  number: number;
  source: string;
  ownerMemberId: string | null;
  total: number;
  lineCount: number;
  /** Written CONFIRMED (createProforma with confirm): its sales.proforma_confirmed follows in the same transaction. */
  confirmed: boolean;
}

export interface ProformaConfirmedEvent extends SalesEventBase {
  proformaId: string;
  number: number;
  total: number;
  couponCode: string | null;
  expiresAt: string;
  source: string;
  /** Confirmed as it was created (one step: the club's checkout, createProforma with confirm). */
  atCreation: boolean;
}

export interface ProformaClosedEvent extends SalesEventBase {
  proformaId: string;
  number: number;
  /** The cancel reason, or 'expired'. */
  reason: string;
}

export interface InvoiceIssuedEvent extends SalesEventBase {
  invoiceId: string;
  proformaId: string;
  /** The pro-forma's responsible rep when it was invoiced. */
  ownerMemberId: string | null;
  jalaliYear: number;
  number: number;
  numberDisplay: string;
  total: number;
  issuedAt: string;
}

export interface InvoiceCancelledEvent extends SalesEventBase {
  invoiceId: string;
  numberDisplay: string;
  reason: string;
}

export interface PaymentRecordedEvent extends SalesEventBase {
  invoiceId: string;
  paymentId: string;
  numberDisplay: string;
  amount: number;
  method: string;
  paidAt: string;
  paidTotal: number;
  total: number;
  paymentStatus: string;
}

export interface WarehouseIssueEvent extends SalesEventBase {
  issueId: string;
  invoiceId: string;
  number: number;
  status: string;
  trackingCode: string | null;
  /** Returns: what came back, per product. */
  lines?: Array<{ productId: string; quantity: number }>;
}
