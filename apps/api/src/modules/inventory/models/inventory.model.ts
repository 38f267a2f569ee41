import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../../core/graphql/connection';

export enum StockMovementKind {
  RECEIPT = 'RECEIPT',
  RESERVE = 'RESERVE',
  RELEASE = 'RELEASE',
  ISSUE = 'ISSUE',
  RETURN = 'RETURN',
  ADJUSTMENT = 'ADJUSTMENT',
  TRANSFER_OUT = 'TRANSFER_OUT',
  TRANSFER_IN = 'TRANSFER_IN',
}
export enum AvailabilityStatus { AVAILABLE = 'AVAILABLE', UNAVAILABLE = 'UNAVAILABLE' }

registerEnumType(StockMovementKind, {
  name: 'StockMovementKind',
  description: 'RECEIPT, RETURN, TRANSFER_IN add to on hand; RESERVE/RELEASE move reserved; ISSUE takes reserved goods out; ADJUSTMENT corrects a count',
});
registerEnumType(AvailabilityStatus, { name: 'AvailabilityStatus', description: 'UNAVAILABLE when nothing is left to sell (available = 0)' });

@ObjectType({ description: 'A place stock is kept (انبار)' })
export class Warehouse {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field() active: boolean;
  @Field({ description: 'Reservations are taken from here first' }) isDefault: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const WarehouseConnection = ConnectionType(Warehouse);

@ObjectType({ description: 'Stock of one product in one warehouse' })
export class StockLevel {
  @Field(() => ID, { description: 'Stable id of this (warehouse, product) pair' }) id: string;
  @Field(() => ID) warehouseId: string;
  @Field(() => ID) productId: string;
  @Field(() => Int) onHand: number;
  @Field(() => Int, { description: 'Promised to pro-formas/orders, not yet issued' }) reserved: number;
  @Field(() => Int, { description: 'onHand − reserved: what can still be sold from here' }) available: number;
  @Field() updatedAt: Date;
  createdAt: Date;
}

export const StockLevelConnection = ConnectionType(StockLevel);

@ObjectType({ description: 'One row of the stock ledger; the levels always equal the sums of these deltas' })
export class StockMovement {
  @Field(() => ID) id: string;
  @Field(() => StockMovementKind) kind: StockMovementKind;
  @Field(() => ID) warehouseId: string;
  @Field(() => ID) productId: string;
  @Field(() => Int, { description: 'Units moved (always positive)' }) quantity: number;
  @Field(() => Int) deltaOnHand: number;
  @Field(() => Int) deltaReserved: number;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true, description: 'The document behind it, e.g. proforma:<id>, invoice:<id>' }) reference: string | null;
  @Field() createdAt: Date;
  actorMemberId: string | null;
}

export const StockMovementConnection = ConnectionType(StockMovement);

@ObjectType({ description: 'Stock of a product over all warehouses, as the storefront sees it' })
export class ProductAvailability {
  @Field(() => ID) productId: string;
  @Field(() => Int) onHand: number;
  @Field(() => Int) reserved: number;
  @Field(() => Int) available: number;
  @Field(() => AvailabilityStatus) status: AvailabilityStatus;
  @Field(() => Int, { nullable: true, description: 'The product’s low-stock threshold, when set' }) lowStockThreshold: number | null;
  @Field({ description: 'available ≤ lowStockThreshold' }) lowStock: boolean;
}

@ObjectType()
export class StockTransferResult {
  @Field(() => StockLevel) from: StockLevel;
  @Field(() => StockLevel) to: StockLevel;
}
