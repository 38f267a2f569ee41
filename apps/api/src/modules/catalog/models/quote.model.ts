import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { Product } from './product.model';

@ObjectType({ description: 'One priced line; amounts in Rial' })
export class QuoteLine {
  @Field(() => ID) productId: string;
  /** The product as priced (not exposed here: GraphQL clients resolve products themselves); sales documents copy its name. */
  product?: Product;
  @Field(() => Int) quantity: number;
  @Field(() => GraphQLSafeInt, { description: 'The product’s base price' }) unitBasePrice: number;
  @Field(() => GraphQLSafeInt, { description: 'The customer’s unit price after price lists, before coupon and tax' }) unitPrice: number;
  @Field(() => GraphQLSafeInt, { description: 'Everything taken off the line: (unitBasePrice − unitPrice) × quantity plus couponDiscount' }) discount: number;
  @Field(() => GraphQLSafeInt, { description: 'The line’s share of the coupon' }) couponDiscount: number;
  @Field(() => Int) taxRateBp: number;
  @Field(() => GraphQLSafeInt, { description: 'On the line after every discount, rounded half up to a Rial' }) tax: number;
  @Field(() => GraphQLSafeInt, { description: 'unitBasePrice × quantity − discount + tax' }) total: number;
  @Field(() => ID, { nullable: true, description: 'The price list that gave unitPrice; null = base price' }) appliedPriceListId: string | null;
}

@ObjectType()
export class QuoteCoupon {
  @Field(() => ID) id: string;
  @Field() code: string;
}

@ObjectType({ description: 'Something the caller should know that did not stop the quote (e.g. a product no longer on sale)' })
export class QuoteProblem {
  @Field() field: string;
  @Field() message: string;
}

@ObjectType({ description: 'The price a customer sees for some lines: the one pricing used by dashboard, club and sales' })
export class Quote {
  @Field(() => [QuoteLine]) lines: QuoteLine[];
  @Field(() => GraphQLSafeInt, { description: 'Σ unitBasePrice × quantity' }) subtotal: number;
  @Field(() => GraphQLSafeInt, { description: 'Σ line discounts (price lists and coupon)' }) discountTotal: number;
  @Field(() => GraphQLSafeInt) couponDiscount: number;
  @Field(() => GraphQLSafeInt) taxTotal: number;
  @Field(() => GraphQLSafeInt, { description: 'subtotal − discountTotal + taxTotal' }) total: number;
  @Field(() => QuoteCoupon, { nullable: true }) coupon: QuoteCoupon | null;
  @Field(() => [QuoteProblem]) problems: QuoteProblem[];
}
