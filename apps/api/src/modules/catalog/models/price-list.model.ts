import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ConnectionType } from '../../../core/graphql/connection';
import { PriceListKind } from './catalog.enums';

@ObjectType({ description: 'A fixed unit price or a percent discount for a product, or for every product under a category' })
export class PriceListItem {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) productId: string | null;
  @Field(() => ID, { nullable: true, description: 'Applies to the category and all its descendants' }) categoryId: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Unit price in Rial (or discountBp)' }) price: number | null;
  @Field(() => Int, { nullable: true, description: 'Discount off the base price in basis points (or price)' }) discountBp: number | null;
  @Field(() => Int, { description: 'Applies from this quantity on a line' }) minQuantity: number;
}

@ObjectType({ description: 'Prices for a tier, a segment, one contact or everyone, within an optional validity window' })
export class PriceList {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => PriceListKind) kind: PriceListKind;
  @Field(() => String, { nullable: true, description: 'Tier code, segment id or contact id; null for ALL' }) target: string | null;
  @Field(() => Int, { description: 'Breaks ties between lists of the same kind giving the same price (higher wins)' }) priority: number;
  @Field(() => Date, { nullable: true }) validFrom: Date | null;
  @Field(() => Date, { nullable: true, description: 'Exclusive' }) validTo: Date | null;
  @Field() active: boolean;
  @Field(() => [PriceListItem]) items: PriceListItem[];
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const PriceListConnection = ConnectionType(PriceList);
