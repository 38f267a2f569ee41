import { registerEnumType } from '@nestjs/graphql';

export enum ProformaSource { STAFF = 'STAFF', CLUB = 'CLUB', API = 'API' }
export enum ProformaStatus { DRAFT = 'DRAFT', CONFIRMED = 'CONFIRMED', INVOICED = 'INVOICED', CANCELLED = 'CANCELLED', EXPIRED = 'EXPIRED' }
export enum InvoiceStatus { ISSUED = 'ISSUED', CANCELLED = 'CANCELLED' }
export enum PaymentStatus { UNPAID = 'UNPAID', PARTLY_PAID = 'PARTLY_PAID', PAID = 'PAID' }
export enum PaymentMethod { CASH = 'CASH', CARD = 'CARD', TRANSFER = 'TRANSFER', ONLINE = 'ONLINE', CHEQUE = 'CHEQUE', OTHER = 'OTHER' }
export enum WarehouseIssueStatus { ISSUED = 'ISSUED', SHIPPED = 'SHIPPED', DELIVERED = 'DELIVERED', RETURNED = 'RETURNED', CANCELLED = 'CANCELLED' }

registerEnumType(ProformaSource, { name: 'ProformaSource', description: 'Who created the pro-forma: staff, the customer in the club, or an integration' });
registerEnumType(ProformaStatus, {
  name: 'ProformaStatus',
  description: 'DRAFT (editable) → CONFIRMED (stock reserved, coupon redeemed, until expiresAt) → INVOICED; or CANCELLED / EXPIRED (stock released)',
});
registerEnumType(InvoiceStatus, { name: 'InvoiceStatus', description: 'A cancelled invoice keeps its number (numbering has no gaps)' });
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });
registerEnumType(WarehouseIssueStatus, { name: 'WarehouseIssueStatus', description: 'ISSUED (out of stock) → SHIPPED → DELIVERED; RETURNED (stock restored); CANCELLED with its invoice' });
