import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { CouponKind } from '../models/catalog.enums';

@InputType()
class CouponFields {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) description?: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'PERCENT only: the most it takes off, in Rial' })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxDiscount?: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Rial; default 0' }) @IsOptional() @IsInt() @Min(0, { message: 'minOrderTotal must be 0 or more Rial' }) minOrderTotal?: number;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(500) @IsUUID('all', { each: true, message: 'productIds must be product ids' }) productIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsUUID('all', { each: true, message: 'categoryIds must be category ids' }) categoryIds?: string[];
  @Field(() => Int, { nullable: true, description: 'null = unlimited; 1 = single use' }) @IsOptional() @IsInt() @Min(1) maxUses?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) perContactLimit?: number | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() validFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Exclusive' }) @IsOptional() @IsDate() validTo?: Date | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}

@InputType()
export class CreateCouponInput extends CouponFields {
  @Field({ description: '3–40 characters without spaces; case-insensitive, Persian digits accepted' }) @IsString() @Length(3, 40) code: string;
  @Field(() => CouponKind) @IsEnum(CouponKind) kind: CouponKind;
  @Field(() => GraphQLSafeInt, { description: 'PERCENT: basis points 1–10000 (1000 = 10%); FIXED: Rial' }) @IsInt() @Min(1, { message: 'value must be positive' }) value: number;
  @Field(() => ID, { nullable: true, description: 'A personal coupon for this contact' }) @IsOptional() @IsUUID('all', { message: 'contactId must be a contact id' }) contactId?: string | null;
}

@InputType({ description: 'The code and kind of a coupon cannot change (it may already be in customers’ hands)' })
export class UpdateCouponInput extends CouponFields {
  @Field(() => GraphQLSafeInt, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: 'value must be positive' }) value?: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'contactId must be a contact id' }) contactId?: string | null;
}

@InputType()
export class CouponFilter {
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field({ nullable: true, description: 'Codes starting with this' }) @IsOptional() @IsString() @MaxLength(40) code?: string;
  @Field(() => ID, { nullable: true, description: 'Personal coupons of this contact' }) @IsOptional() @IsUUID() contactId?: string;
}
