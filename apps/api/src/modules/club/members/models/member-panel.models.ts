import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ConnectionType } from '../../../../core/graphql/connection';
import { InvoiceStatus, PaymentStatus, ProformaSource, ProformaStatus } from '../../../sales/models/sales.enums';
import { SalesTotals } from '../../../sales/models/sales.model';

/**
 * What a member sees of the CRM's records about them: only customer-facing fields (no staff notes, no internal
 * delivery errors, no staff members), so the sales and messaging types with their staff field resolvers stay staff-only.
 */
@ObjectType()
export class MemberMessage {
  @Field(() => ID) id: string;
  @Field({ description: 'SMS or EMAIL' }) channel: string;
  @Field({ description: 'OUT: the business sent it to me; IN: I sent it' }) direction: string;
  @Field(() => String, { nullable: true }) subject: string | null;
  @Field() body: string;
  @Field({ description: 'QUEUED, SENT, DELIVERED, FAILED, RECEIVED …' }) status: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}
export const MemberMessageConnection = ConnectionType(MemberMessage);

@ObjectType()
export class MemberSalesLine {
  @Field(() => ID) productId: string;
  @Field() productName: string;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => Int) quantity: number;
  @Field(() => GraphQLSafeInt, { description: 'Rial, for one unit, for me' }) unitPrice: number;
  @Field(() => GraphQLSafeInt) total: number;
}

@ObjectType({ description: 'One of my invoices' })
export class MemberPurchase {
  @Field(() => ID) id: string;
  @Field() numberDisplay: string;
  @Field(() => InvoiceStatus) status: InvoiceStatus;
  @Field(() => PaymentStatus) paymentStatus: PaymentStatus;
  @Field(() => SalesTotals) totals: SalesTotals;
  @Field(() => GraphQLSafeInt) paidTotal: number;
  @Field(() => GraphQLSafeInt) balance: number;
  @Field() issuedAt: Date;
  @Field() issuedAtJalali: string;
  @Field(() => [MemberSalesLine]) lines: MemberSalesLine[];
  proformaId: string;
}
export const MemberPurchaseConnection = ConnectionType(MemberPurchase);

@ObjectType({ description: 'One of my orders (pro-formas)' })
export class MemberOrder {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => ProformaSource) source: ProformaSource;
  @Field(() => ProformaStatus) status: ProformaStatus;
  @Field(() => SalesTotals) totals: SalesTotals;
  @Field(() => String, { nullable: true }) couponCode: string | null;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field() createdAt: Date;
  @Field() createdAtJalali: string;
  @Field(() => [MemberSalesLine]) lines: MemberSalesLine[];
}
export const MemberOrderConnection = ConnectionType(MemberOrder);
