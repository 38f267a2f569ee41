import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../core/graphql/connection';
import { InvoiceStatus, PaymentMethod, PaymentStatus, ProformaSource, ProformaStatus, WarehouseIssueStatus } from './sales.enums';
import { GraphQLSafeInt } from 'graphql-scalars';

@ObjectType({ description: 'Totals of a sales document in Rial; total = subtotal − discountTotal + taxTotal' })
export class SalesTotals {
  @Field(() => GraphQLSafeInt, { description: 'Sum of base prices × quantities' }) subtotal: number;
  @Field(() => GraphQLSafeInt, { description: 'Everything taken off: price lists and the coupon' }) discountTotal: number;
  @Field(() => GraphQLSafeInt, { description: 'The coupon’s part of discountTotal' }) couponDiscount: number;
  @Field(() => GraphQLSafeInt) taxTotal: number;
  @Field(() => GraphQLSafeInt) total: number;
}

@ObjectType()
export class SalesLine {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => ID) productId: string;
  @Field({ description: 'The product name as sold' }) productName: string;
  @Field() productSku: string;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => Int) quantity: number;
  @Field(() => GraphQLSafeInt, { description: 'List price of one unit' }) unitBasePrice: number;
  @Field(() => GraphQLSafeInt, { description: 'Price of one unit for this customer (after price lists)' }) unitPrice: number;
  @Field(() => GraphQLSafeInt, { description: 'Everything taken off the line: (unitBasePrice − unitPrice) × quantity plus its coupon share' }) discount: number;
  @Field(() => GraphQLSafeInt, { description: 'The line’s share of the coupon' }) couponDiscount: number;
  @Field(() => Int, { description: 'Tax rate in basis points (900 = 9%)' }) taxRateBp: number;
  @Field(() => GraphQLSafeInt) tax: number;
  @Field(() => GraphQLSafeInt) total: number;
}

@ObjectType({ description: 'A pro-forma (پیش‌فاکتور): a priced offer; confirming it reserves the stock until it expires' })
export class Proforma {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Per workspace, in order of creation' }) number: number;
  @Field(() => ProformaSource) source: ProformaSource;
  @Field(() => ProformaStatus) status: ProformaStatus;
  @Field(() => String, { nullable: true }) couponCode: string | null;
  @Field(() => SalesTotals) totals: SalesTotals;
  @Field(() => Date, { nullable: true, description: 'While CONFIRMED: the reservation is released after this instant' }) expiresAt: Date | null;
  @Field(() => Date, { nullable: true }) confirmedAt: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  @Field(() => Date, { nullable: true }) expiredAt: Date | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field() createdAt: Date;
  @Field({ description: 'Jalali date of creation in the workspace time zone, e.g. 1405/01/15' }) createdAtJalali: string;
  contactId: string;
  ownerMemberId: string | null;
  createdByMemberId: string | null;
}

@ObjectType()
export class InvoicePayment {
  @Field(() => ID) id: string;
  @Field(() => GraphQLSafeInt) amount: number;
  @Field(() => PaymentMethod) method: PaymentMethod;
  @Field(() => String, { nullable: true, description: 'Card transaction, transfer or cheque reference' }) reference: string | null;
  @Field() paidAt: Date;
  @Field() paidAtJalali: string;
  @Field() createdAt: Date;
  recordedByMemberId: string | null;
}

@ObjectType({ description: 'An invoice (فاکتور), numbered without gaps per workspace and Jalali year' })
export class Invoice {
  @Field(() => ID) id: string;
  @Field(() => Int) jalaliYear: number;
  @Field(() => Int, { description: 'Gapless within the Jalali year' }) number: number;
  @Field({ description: 'Year/number as printed, e.g. 1405/000123' }) numberDisplay: string;
  @Field(() => InvoiceStatus) status: InvoiceStatus;
  @Field(() => SalesTotals) totals: SalesTotals;
  @Field(() => GraphQLSafeInt) paidTotal: number;
  @Field(() => GraphQLSafeInt, { description: 'total − paidTotal' }) balance: number;
  @Field(() => PaymentStatus) paymentStatus: PaymentStatus;
  @Field() issuedAt: Date;
  @Field({ description: 'Jalali issue date in the workspace time zone, e.g. 1405/01/15' }) issuedAtJalali: string;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  @Field(() => Date, { nullable: true, description: 'Paid in full and delivered: when the order counted for the customer ladder' }) completedAt: Date | null;
  proformaId: string;
  contactId: string;
  ownerMemberId: string | null;
  createdByMemberId: string | null;
}

@ObjectType()
export class WarehouseIssueLine {
  @Field(() => ID) productId: string;
  @Field() productName: string;
  @Field() productSku: string;
  @Field(() => Int) quantity: number;
  @Field(() => Int) returnedQuantity: number;
}

@ObjectType({ description: 'A warehouse issue (حواله انبار): the goods of an invoice taken out of stock and sent' })
export class WarehouseIssue {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => WarehouseIssueStatus) status: WarehouseIssueStatus;
  @Field(() => String, { nullable: true }) trackingCode: string | null;
  @Field() issuedAt: Date;
  @Field() issuedAtJalali: string;
  @Field(() => Date, { nullable: true }) shippedAt: Date | null;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field(() => Date, { nullable: true }) returnedAt: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  invoiceId: string;
  contactId: string;
}

@ObjectType({ description: 'The seller block of a printed invoice' })
export class InvoiceSeller {
  @Field() name: string;
  @Field() timezone: string;
  @Field({ description: '"IRR" or "IRT": how the print view shows amounts' }) displayCurrency: string;
}

export const ProformaConnection = ConnectionType(Proforma);
export const InvoiceConnection = ConnectionType(Invoice);
export const WarehouseIssueConnection = ConnectionType(WarehouseIssue);
