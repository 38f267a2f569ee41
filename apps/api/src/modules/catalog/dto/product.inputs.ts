import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType()
class ProductFields {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) nameEn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10000) description?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'categoryId must be a product category id' }) categoryId?: string | null;
  @Field({ nullable: true, description: 'Default عدد' }) @IsOptional() @IsString() @Length(1, 30) unit?: string;
  @Field(() => Int, { nullable: true, description: 'Basis points, 0–10000 (1000 = 10%); default 0' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'taxRateBp must be between 0 and 10000 basis points (1000 = 10%)' })
  @Max(10000, { message: 'taxRateBp must be between 0 and 10000 basis points (1000 = 10%)' })
  taxRateBp?: number;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUrl(URL_OPTIONS, { each: true, message: 'imageUrls must be http(s) URLs' })
  imageUrls?: string[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000_000) lowStockThreshold?: number | null;
}

@InputType()
export class CreateProductInput extends ProductFields {
  @Field({ description: 'Letters, digits and . _ / - (Persian digits accepted); unique in the workspace, case-insensitive' })
  @IsString()
  @Length(1, 64)
  sku: string;
  @Field() @IsString() @Length(1, 200) nameFa: string;
  @Field(() => GraphQLSafeInt, { description: 'Rial, ≥ 0' }) @IsInt() @Min(0, { message: 'basePrice must be 0 or more Rial' }) basePrice: number;
}

@InputType()
export class UpdateProductInput extends ProductFields {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 64) sku?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) nameFa?: string;
  @Field(() => GraphQLSafeInt, { nullable: true }) @IsOptional() @IsInt() @Min(0, { message: 'basePrice must be 0 or more Rial' }) basePrice?: number;
}

@InputType()
export class ProductFilter {
  @Field(() => ID, { nullable: true, description: 'Products of this category or any of its descendants' })
  @IsOptional()
  @IsUUID('all', { message: 'categoryId must be a product category id' })
  categoryId?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field({ nullable: true, description: 'Persian-aware search over names (fa, en) and SKU' }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @Field({ nullable: true, description: 'Include archived products (default false)' }) @IsOptional() @IsBoolean() includeArchived?: boolean;
}

@InputType()
class CategoryFields {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 100) nameEn?: string | null;
  @Field(() => ID, { nullable: true, description: 'null = a top-level category' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a product category id' })
  parentId?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 50, { each: true }) tags?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(-10000) @Max(10000) position?: number;
}

@InputType()
export class CreateProductCategoryInput extends CategoryFields {
  @Field() @IsString() @Length(1, 100) nameFa: string;
  @Field({ nullable: true, description: 'a-z, 0-9 and -; default from nameEn (or generated)' }) @IsOptional() @IsString() @Length(1, 60) slug?: string;
}

@InputType()
export class UpdateProductCategoryInput extends CategoryFields {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) nameFa?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 60) slug?: string;
}
