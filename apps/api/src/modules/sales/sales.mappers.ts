import { formatJalali, toJalali, zonedToday } from '@peyvand/calendar';
import { InvoiceEntity, InvoicePaymentEntity } from './entities/invoice.entity';
import { ProformaEntity, ProformaLineEntity } from './entities/proforma.entity';
import { WarehouseIssueEntity } from './entities/warehouse-issue.entity';
import { InvoiceStatus, PaymentMethod, PaymentStatus, ProformaSource, ProformaStatus, WarehouseIssueStatus } from './models/sales.enums';
import { Invoice, InvoicePayment, Proforma, SalesLine, SalesTotals, WarehouseIssue } from './models/sales.model';

/** The Jalali year of an instant in the workspace time zone (the invoice numbering year). */
export const jalaliYearOf = (at: Date, timeZone: string): number => toJalali(zonedToday(at, timeZone)).year;

/** 1405/01/15 (Latin digits; the apps localise digits). */
export const jalaliDateOf = (at: Date, timeZone: string): string => formatJalali(toJalali(zonedToday(at, timeZone)), { digits: 'latn' });

/** As printed on the invoice: 1405/000123. */
export const invoiceNumberDisplay = (jalaliYear: number, number: number): string => `${jalaliYear}/${String(number).padStart(6, '0')}`;

const totalsOf = (e: { subtotal: number; discountTotal: number; couponDiscount: number; taxTotal: number; total: number }): SalesTotals => ({
  subtotal: e.subtotal, discountTotal: e.discountTotal, couponDiscount: e.couponDiscount, taxTotal: e.taxTotal, total: e.total,
});

export const toProforma = (e: ProformaEntity, timeZone: string): Proforma => ({
  id: e.id,
  number: e.number,
  source: e.source as ProformaSource,
  status: e.status as ProformaStatus,
  couponCode: e.couponCode,
  totals: totalsOf(e),
  expiresAt: e.expiresAt,
  confirmedAt: e.confirmedAt,
  cancelledAt: e.cancelledAt,
  cancelReason: e.cancelReason,
  expiredAt: e.expiredAt,
  notes: e.notes,
  createdAt: e.createdAt,
  createdAtJalali: jalaliDateOf(e.createdAt, timeZone),
  contactId: e.contactId,
  ownerMemberId: e.ownerMemberId,
  createdByMemberId: e.createdByMemberId,
});

export const toSalesLine = (e: ProformaLineEntity): SalesLine => ({
  id: e.id,
  position: e.position,
  productId: e.productId,
  productName: e.productName,
  productSku: e.productSku,
  unit: e.unit,
  quantity: e.quantity,
  unitBasePrice: e.unitBasePrice,
  unitPrice: e.unitPrice,
  discount: e.discount,
  couponDiscount: e.couponDiscount,
  taxRateBp: e.taxRateBp,
  tax: e.tax,
  total: e.total,
});

export const toInvoice = (e: InvoiceEntity, timeZone: string): Invoice => ({
  id: e.id,
  jalaliYear: e.jalaliYear,
  number: e.number,
  numberDisplay: invoiceNumberDisplay(e.jalaliYear, e.number),
  status: e.status as InvoiceStatus,
  totals: totalsOf(e),
  paidTotal: e.paidTotal,
  balance: e.status === InvoiceStatus.CANCELLED ? 0 : e.total - e.paidTotal,
  paymentStatus: e.paymentStatus as PaymentStatus,
  issuedAt: e.issuedAt,
  issuedAtJalali: jalaliDateOf(e.issuedAt, timeZone),
  cancelledAt: e.cancelledAt,
  cancelReason: e.cancelReason,
  completedAt: e.completedAt,
  proformaId: e.proformaId,
  contactId: e.contactId,
  ownerMemberId: e.ownerMemberId,
  createdByMemberId: e.createdByMemberId,
});

export const toPayment = (e: InvoicePaymentEntity, timeZone: string): InvoicePayment => ({
  id: e.id,
  amount: e.amount,
  method: e.method as PaymentMethod,
  reference: e.reference,
  paidAt: e.paidAt,
  paidAtJalali: jalaliDateOf(e.paidAt, timeZone),
  createdAt: e.createdAt,
  recordedByMemberId: e.recordedByMemberId,
});

export const toWarehouseIssue = (e: WarehouseIssueEntity, timeZone: string): WarehouseIssue => ({
  id: e.id,
  number: e.number,
  status: e.status as WarehouseIssueStatus,
  trackingCode: e.trackingCode,
  issuedAt: e.issuedAt,
  issuedAtJalali: jalaliDateOf(e.issuedAt, timeZone),
  shippedAt: e.shippedAt,
  deliveredAt: e.deliveredAt,
  returnedAt: e.returnedAt,
  cancelledAt: e.cancelledAt,
  invoiceId: e.invoiceId,
  contactId: e.contactId,
});

/** Payment status as the invoices table's CHECK defines it. */
export const paymentStatusOf = (paid: number, total: number): PaymentStatus =>
  paid >= total ? PaymentStatus.PAID : paid === 0 ? PaymentStatus.UNPAID : PaymentStatus.PARTLY_PAID;
