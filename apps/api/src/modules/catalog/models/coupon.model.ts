import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ConnectionType } from '../../../core/graphql/connection';
import { CouponKind } from './catalog.enums';

@ObjectType({ description: 'A discount code: percent or fixed, with a minimum order, a product/category scope, use limits and a validity window' })
export class Coupon {
  @Field(() => ID) id: string;
  @Field({ description: 'Matched case-insensitively, Persian/Arabic digits and letters folded' }) code: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => CouponKind) kind: CouponKind;
  @Field(() => GraphQLSafeInt, { description: 'PERCENT: basis points (1000 = 10%); FIXED: Rial' }) value: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'PERCENT only: the most it takes off, in Rial' }) maxDiscount: number | null;
  @Field(() => GraphQLSafeInt, { description: 'Rial: the order at the customer’s prices, before coupon and tax, must reach this' }) minOrderTotal: number;
  @Field(() => [ID], { description: 'Scope; with categoryIds empty too, the whole order' }) productIds: string[];
  @Field(() => [ID], { description: 'Scope, including descendant categories' }) categoryIds: string[];
  @Field(() => Int, { nullable: true, description: 'null = unlimited' }) maxUses: number | null;
  @Field(() => Int) uses: number;
  @Field(() => Int, { nullable: true, description: 'Uses allowed per customer; null = no per-customer limit' }) perContactLimit: number | null;
  @Field(() => ID, { nullable: true, description: 'A personal coupon: only this contact may use it' }) contactId: string | null;
  @Field(() => Date, { nullable: true }) validFrom: Date | null;
  @Field(() => Date, { nullable: true, description: 'Exclusive' }) validTo: Date | null;
  @Field() active: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const CouponConnection = ConnectionType(Coupon);

/** What CouponsService.redeemIn records (not exposed over GraphQL: sales documents show their coupon). */
export interface CouponRedemption {
  id: string;
  couponId: string;
  code: string;
  contactId: string | null;
  orderRef: string;
  amount: number;
  createdAt: Date;
}
