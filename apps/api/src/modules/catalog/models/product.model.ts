import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ConnectionType } from '../../../core/graphql/connection';

@ObjectType({ description: 'A node of the category tree; tags are interest hints (e.g. "restaurant" on produce)' })
export class ProductCategory {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field() nameFa: string;
  @Field(() => String, { nullable: true }) nameEn: string | null;
  @Field() slug: string;
  @Field(() => [String]) tags: string[];
  @Field(() => Int) position: number;
  @Field(() => Int, { description: '0 for a top-level category' }) depth: number;
  @Field() createdAt: Date;
}

/**
 * A product of the catalog. Stock and availability are not the catalog's: the inventory module adds
 * `availability` (and stock levels) to this type with a field resolver of its own.
 */
@ObjectType({ description: 'A product of the catalog; prices in Rial, tax in basis points' })
export class Product {
  @Field(() => ID) id: string;
  @Field({ description: 'Unique in the workspace; stored upper-case with ASCII digits' }) sku: string;
  @Field() nameFa: string;
  @Field(() => String, { nullable: true }) nameEn: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => ID, { nullable: true }) categoryId: string | null;
  @Field({ description: 'Unit of sale, e.g. عدد, کیلوگرم, شاخه' }) unit: string;
  @Field(() => GraphQLSafeInt, { description: 'Rial, before tax; what a customer pays when no price list applies' }) basePrice: number;
  @Field(() => Int, { description: 'Basis points: 1000 = 10% VAT' }) taxRateBp: number;
  @Field(() => [String]) imageUrls: string[];
  @Field({ description: 'On sale; an archived product is never active' }) active: boolean;
  @Field(() => Date, { nullable: true }) archivedAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'Available stock at or below this raises a low-stock alert (inventory)' }) lowStockThreshold: number | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const ProductConnection = ConnectionType(Product);
