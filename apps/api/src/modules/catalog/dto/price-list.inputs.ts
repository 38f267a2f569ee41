import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { PriceListKind } from '../models/catalog.enums';

@InputType({ description: 'Exactly one of productId / categoryId, and exactly one of price / discountBp' })
export class PriceListItemInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'productId must be a product id' }) productId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'categoryId must be a product category id' }) categoryId?: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Unit price in Rial' }) @IsOptional() @IsInt() @Min(0, { message: 'price must be 0 or more Rial' }) price?: number | null;
  @Field(() => Int, { nullable: true, description: 'Basis points off the base price, 1–10000' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'discountBp must be between 1 and 10000 basis points' })
  @Max(10000, { message: 'discountBp must be between 1 and 10000 basis points' })
  discountBp?: number | null;
  @Field(() => Int, { nullable: true, description: 'Default 1' }) @IsOptional() @IsInt() @Min(1) @Max(1_000_000) minQuantity?: number;
}

@InputType()
class PriceListFields {
  @Field(() => String, { nullable: true, description: 'Tier code, segment id or contact id (by kind); none for ALL' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  target?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(-1000) @Max(1000) priority?: number;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() validFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Exclusive' }) @IsOptional() @IsDate() validTo?: Date | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}

@InputType()
export class CreatePriceListInput extends PriceListFields {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => PriceListKind) @IsEnum(PriceListKind) kind: PriceListKind;
  @Field(() => [PriceListItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => PriceListItemInput)
  items?: PriceListItemInput[];
}

@InputType()
export class UpdatePriceListInput extends PriceListFields {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @Field(() => PriceListKind, { nullable: true }) @IsOptional() @IsEnum(PriceListKind) kind?: PriceListKind;
}

@InputType()
export class PriceListFilter {
  @Field(() => PriceListKind, { nullable: true }) @IsOptional() @IsEnum(PriceListKind) kind?: PriceListKind;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}
