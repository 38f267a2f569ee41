import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsBoolean, IsDate, IsEmail, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { PageArgs } from '../../../../core/graphql/connection';

export const MAX_CART_LINES = 100;

@InputType()
export class ClubProductFilter {
  @Field(() => ID, { nullable: true, description: 'Products of this category or any of its descendants' })
  @IsOptional()
  @IsUUID('all', { message: 'categoryId must be a product category id' })
  categoryId?: string | null;
  @Field(() => String, { nullable: true, description: 'Persian-aware search over names and SKU' }) @IsOptional() @IsString() @MaxLength(100) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only products in stock now' }) @IsOptional() @IsBoolean() availableOnly?: boolean | null;
}

@ArgsType()
export class ClubProductsArgs extends PageArgs {
  @Field() @IsString() @Length(1, 40) slug: string;
  @Field(() => ClubProductFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ClubProductFilter) filter?: ClubProductFilter | null;
  @Field(() => String, { nullable: true, description: 'Same as filter.search (which wins when both are given)' }) @IsOptional() @IsString() @MaxLength(100) search?: string | null;
}

@InputType()
export class ClubCartLineInput {
  @Field(() => ID) @IsUUID('all', { message: 'productId must be a product id' }) productId: string;
  @Field(() => Int) @IsInt() @Min(1, { message: 'quantity must be at least 1' }) @Max(10_000, { message: 'quantity must be at most 10000' }) quantity: number;
}

@InputType()
export class ClubQuoteInput {
  @Field() @IsString() @Length(1, 40) slug: string;
  @Field(() => [ClubCartLineInput])
  @ArrayMinSize(1, { message: 'lines must have at least one line' })
  @ArrayMaxSize(MAX_CART_LINES)
  @ValidateNested({ each: true })
  @Type(() => ClubCartLineInput)
  lines: ClubCartLineInput[];
  @Field(() => String, { nullable: true, description: 'A coupon or one of my vouchers' }) @IsOptional() @IsString() @MaxLength(40) couponCode?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'Members: a reward to buy with my points for this order, instead of couponCode. The quote shows its voucher’s discount without spending anything '
      + '(what stops it — not enough points, the minimum order — is a problem on input.rewardId); clubCheckout spends the points and applies the voucher, '
      + 'nothing spent if the checkout fails',
  })
  @IsOptional()
  @IsUUID('all', { message: 'rewardId must be a reward id' })
  rewardId?: string | null;
}

@InputType()
export class ClubCheckoutInput extends ClubQuoteInput {
  @Field({ description: 'One per checkout attempt (e.g. a UUID made when the cart page opens): a repeat answers the first order' })
  @IsString()
  @Length(8, 140, { message: 'idempotencyKey must be 8–140 characters' })
  idempotencyKey: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
  @Field(() => String, { nullable: true, description: 'Who receives the order (default the member)' }) @IsOptional() @IsString() @MaxLength(200) deliveryName?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone to call on delivery (default the member’s mobile)' }) @IsOptional() @IsString() @MaxLength(40) deliveryPhone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) deliveryAddress?: string | null;
  @Field(() => String, { nullable: true, description: '10 digits (Persian digits accepted)' }) @IsOptional() @IsString() @MaxLength(20) postalCode?: string | null;
}

@InputType()
export class RegisterClubMemberInput {
  @Field({ description: 'Mobile number in any usual form' }) @IsString() @Length(1, 40) phone: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) firstName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) lastName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(200) email?: string | null;
}

@InputType()
export class PurchaseItemInput {
  @Field(() => String, { nullable: true, description: 'The shop’s SKU' }) @IsOptional() @IsString() @MaxLength(64) sku?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) name?: string | null;
  @Field(() => ID, { nullable: true, description: 'The Peyvand product, when the shop knows it (stamp cards count it)' })
  @IsOptional()
  @IsUUID('all', { message: 'productId must be a product id' })
  productId?: string | null;
  @Field(() => Int) @IsInt() @Min(1, { message: 'quantity must be at least 1' }) @Max(1_000_000) quantity: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Rial' }) @IsOptional() @IsInt() @Min(0, { message: 'unitPrice must be 0 or more Rial' }) unitPrice?: number | null;
}

@InputType()
export class RecordPurchaseInput {
  @Field({ description: 'The shop’s order id; with source, the idempotency key: a repeat never awards points twice' })
  @IsString()
  @Length(1, 120)
  externalOrderId: string;
  @Field({ description: 'Which shop, e.g. "woocommerce" or "digikala-booth"' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{0,59}$/i, { message: 'source must be 1–60 letters, digits, . _ or -' })
  source: string;
  @Field({ description: 'The customer’s mobile number in any usual form' }) @IsString() @Length(1, 40) phone: string;
  @Field(() => GraphQLSafeInt, { description: 'Rial the customer paid' }) @IsInt() @Min(0, { message: 'amount must be 0 or more Rial' }) amount: number;
  @Field(() => [PurchaseItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PurchaseItemInput)
  items?: PurchaseItemInput[] | null;
  @Field(() => Date, { nullable: true, description: 'When the customer bought (default now)' }) @IsOptional() @IsDate() occurredAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'For a new customer' }) @IsOptional() @IsString() @MaxLength(100) firstName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) lastName?: string | null;
}

@InputType({ description: 'A returned line of a plugin purchase: named by the productId or the sku it was reported with' })
export class ReturnItemInput {
  @Field(() => ID, { nullable: true, description: 'The Peyvand product of the purchase’s line' })
  @IsOptional()
  @IsUUID('all', { message: 'productId must be a product id' })
  productId?: string | null;
  @Field(() => String, { nullable: true, description: 'The shop’s SKU of the purchase’s line (when it had no productId)' }) @IsOptional() @IsString() @MaxLength(64) sku?: string | null;
  @Field(() => Int) @IsInt() @Min(1, { message: 'quantity must be at least 1' }) @Max(1_000_000) quantity: number;
}

@InputType()
export class RecordReturnInput {
  @Field({ description: 'The shop this purchase was reported from (as in recordPurchase)' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{0,59}$/i, { message: 'source must be 1–60 letters, digits, . _ or -' })
  source: string;
  @Field({ description: 'The purchase’s externalOrderId as recordPurchase reported it' }) @IsString() @Length(1, 120) externalOrderId: string;
  @Field({ description: 'The shop’s id of this return or refund; with the order, the idempotency key: a repeat never takes points back twice' })
  @IsString()
  @Length(1, 120)
  externalReturnId: string;
  @Field(() => GraphQLSafeInt, { description: 'Rial refunded: all that is left of the order for a full return, less for a partial one (0 for lines only)' })
  @IsInt()
  @Min(0, { message: 'amount must be 0 or more Rial' })
  amount: number;
  @Field(() => [ReturnItemInput], { nullable: true, description: 'The lines that came back (their stamps are taken back too); optional' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ReturnItemInput)
  items?: ReturnItemInput[] | null;
  @Field(() => Date, { nullable: true, description: 'When the customer returned it (default now)' }) @IsOptional() @IsDate() occurredAt?: Date | null;
}
