import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ConnectionType } from '../../../../core/graphql/connection';
import { QuoteProblem } from '../../../catalog/models/quote.model';
import { ClubMembership } from '../../members/models/club.models';
import { TierStatus, Voucher } from '../../loyalty/models/loyalty.models';
import { InvoiceStatus, PaymentStatus, ProformaStatus, WarehouseIssueStatus } from '../../../sales/models/sales.enums';
import { SalesTotals } from '../../../sales/models/sales.model';

@ObjectType({ description: 'A product category as the club store shows it' })
export class ClubCategory {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field() nameFa: string;
  @Field(() => String, { nullable: true }) nameEn: string | null;
  @Field() slug: string;
  @Field(() => Int, { description: '0 for a top-level category' }) depth: number;
}

@ObjectType({ description: 'A product on sale in the club store, priced for the customer looking at it' })
export class ClubProduct {
  @Field(() => ID) id: string;
  @Field() sku: string;
  @Field() nameFa: string;
  @Field(() => String, { nullable: true }) nameEn: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => ID, { nullable: true }) categoryId: string | null;
  @Field() unit: string;
  @Field(() => [String]) imageUrls: string[];
  @Field(() => GraphQLSafeInt, { description: 'Rial, the list price of one unit before tax' }) basePrice: number;
  @Field(() => GraphQLSafeInt, { description: 'Rial, one unit before tax for this customer (a signed-in member’s own price lists; visitors: all customers’)' })
  price: number;
  @Field(() => GraphQLSafeInt, { description: 'Rial, one unit with tax for this customer' }) priceWithTax: number;
  @Field(() => Int, { description: 'Basis points (1000 = 10%)' }) taxRateBp: number;
  @Field({ description: 'In stock now (live from inventory); unavailable products cannot be ordered' }) available: boolean;
  @Field({ description: 'Few left (at or below the product’s low-stock threshold)' }) lowStock: boolean;
}
export const ClubProductConnection = ConnectionType(ClubProduct);

@ObjectType()
export class ClubQuoteLine {
  @Field(() => ID) productId: string;
  @Field() productName: string;
  @Field(() => String, { nullable: true }) productNameEn: string | null;
  @Field() unit: string;
  @Field(() => Int) quantity: number;
  @Field(() => GraphQLSafeInt) unitBasePrice: number;
  @Field(() => GraphQLSafeInt, { description: 'For this customer, before coupon and tax' }) unitPrice: number;
  @Field(() => GraphQLSafeInt) discount: number;
  @Field(() => GraphQLSafeInt) tax: number;
  @Field(() => GraphQLSafeInt) total: number;
  @Field({ description: 'The quantity is in stock now' }) available: boolean;
}

@ObjectType({ description: 'A cart priced by the one pricing of the catalog; problems name what stops a checkout' })
export class ClubQuote {
  @Field(() => [ClubQuoteLine]) lines: ClubQuoteLine[];
  @Field(() => SalesTotals) totals: SalesTotals;
  @Field(() => String, { nullable: true, description: 'The coupon or voucher applied (null for a reward: its voucher has no code until the order buys it)' }) couponCode: string | null;
  @Field(() => [QuoteProblem], { description: 'Products off sale or out of stock (field input.lines.N.…), an unusable coupon (input.couponCode) or reward (input.rewardId)' })
  problems: QuoteProblem[];
  @Field({ description: 'No problems: clubCheckout would take these lines as they stand' }) canCheckout: boolean;
}

export enum ClubOrderStage {
  PLACED = 'PLACED',
  INVOICED = 'INVOICED',
  PAID = 'PAID',
  ISSUED = 'ISSUED',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  RETURNED = 'RETURNED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ClubOrderStage, {
  name: 'ClubOrderStage',
  description: 'Where a club order is: PLACED (pro-forma confirmed, stock held) → INVOICED → PAID → ISSUED (left the warehouse) → SHIPPED → DELIVERED; or CANCELLED / EXPIRED / RETURNED',
});

@ObjectType()
export class ClubOrderLine {
  @Field(() => ID) productId: string;
  @Field() productName: string;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => Int) quantity: number;
  @Field(() => GraphQLSafeInt) unitPrice: number;
  @Field(() => GraphQLSafeInt) total: number;
}

@ObjectType()
export class ClubOrderDelivery {
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType({ description: 'A club store order (the member’s pro-forma) with where it stands in the chain pro-forma → invoice → warehouse issue' })
export class ClubOrder {
  @Field(() => ID, { description: 'The pro-forma id' }) id: string;
  @Field(() => Int, { description: 'The pro-forma number' }) number: number;
  @Field(() => ClubOrderStage) stage: ClubOrderStage;
  @Field(() => ProformaStatus) proformaStatus: ProformaStatus;
  @Field(() => String, { nullable: true, description: 'e.g. 1405/000123, once invoiced' }) invoiceNumber: string | null;
  @Field(() => InvoiceStatus, { nullable: true }) invoiceStatus: InvoiceStatus | null;
  @Field(() => PaymentStatus, { nullable: true }) paymentStatus: PaymentStatus | null;
  @Field(() => WarehouseIssueStatus, { nullable: true }) shipmentStatus: WarehouseIssueStatus | null;
  @Field(() => String, { nullable: true }) trackingCode: string | null;
  @Field(() => SalesTotals) totals: SalesTotals;
  @Field(() => String, { nullable: true }) couponCode: string | null;
  @Field(() => [ClubOrderLine]) lines: ClubOrderLine[];
  @Field(() => ClubOrderDelivery, { nullable: true }) delivery: ClubOrderDelivery | null;
  @Field(() => Date, { nullable: true, description: 'While PLACED: the stock is held until then' }) expiresAt: Date | null;
  @Field() createdAt: Date;
  @Field() createdAtJalali: string;
}

@ObjectType({ description: 'A customer’s club state for a storefront plugin' })
export class PluginMemberStatus {
  @Field(() => ID) contactId: string;
  @Field(() => ClubMembership, { nullable: true, description: 'null: the customer is no club member' }) membership: ClubMembership | null;
  @Field(() => Int) points: number;
  @Field(() => TierStatus) tier: TierStatus;
  @Field(() => [Voucher], { description: 'Vouchers and personal coupons usable now' }) vouchers: Voucher[];
}

@ObjectType()
export class PluginTier {
  @Field() code: string;
  @Field() name: string;
}

@ObjectType({ description: 'What recordPurchase did; a repeat of the same (source, externalOrderId) answers duplicate and awards nothing' })
export class RecordedPurchase {
  @Field() duplicate: boolean;
  @Field(() => ID) contactId: string;
  @Field({ description: 'The customer is a club member (after this purchase)' }) member: boolean;
  @Field(() => Int, { description: 'Points this purchase earned (on a duplicate: what the first report earned)' }) pointsEarned: number;
  @Field(() => Int) balance: number;
  @Field(() => PluginTier, { nullable: true }) tier: PluginTier | null;
  @Field(() => [Voucher], { description: 'Vouchers this purchase handed out (next-purchase voucher, a full stamp card)' }) vouchers: Voucher[];
}

@ObjectType({ description: 'What recordReturn did; a repeat of the same (source, externalOrderId, externalReturnId) answers duplicate and takes nothing back' })
export class RecordedReturn {
  @Field() duplicate: boolean;
  @Field(() => ID) contactId: string;
  @Field(() => Int, { description: 'Points this return took back (its share of the purchase’s points, as far as the balance still holds them; on a duplicate: what the first report took)' })
  pointsReversed: number;
  @Field(() => Int, { description: 'Stamps this return took off the stamp cards' }) stampsReversed: number;
  @Field(() => GraphQLSafeInt, { description: 'Rial of the order returned so far, this return included' }) amountReturned: number;
  @Field(() => GraphQLSafeInt, { description: 'Rial of the order still to return' }) amountLeft: number;
  @Field(() => Int) balance: number;
  @Field(() => PluginTier, { nullable: true }) tier: PluginTier | null;
}
