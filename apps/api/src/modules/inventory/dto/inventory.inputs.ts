import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../core/graphql/connection';
import { StockMovementKind } from '../models/inventory.model';

/** The most units one operation may move (stock columns are 32-bit integers). */
export const MAX_QUANTITY = 10_000_000;
const CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u;

@InputType()
export class CreateWarehouseInput {
  @Field({ description: 'Short unique code, e.g. MAIN or TEH-2' }) @IsString() @Matches(CODE_PATTERN, { message: 'code: letters, digits, ".", "_" or "-", at most 40' }) code: string;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) address?: string;
  @Field({ nullable: true, description: 'The first warehouse of a workspace is the default whatever this says' }) @IsOptional() @IsBoolean() isDefault?: boolean;
}

@InputType()
export class UpdateWarehouseInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(CODE_PATTERN, { message: 'code: letters, digits, ".", "_" or "-", at most 40' }) code?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) address?: string | null;
  @Field({ nullable: true, description: 'An inactive warehouse keeps its stock but takes no receipts or reservations' }) @IsOptional() @IsBoolean() active?: boolean;
  @Field({ nullable: true, description: 'Only true is meaningful: making another warehouse the default unsets this one' }) @IsOptional() @IsBoolean() isDefault?: boolean;
}

@InputType()
export class ReceiveStockInput {
  @Field(() => ID) @IsUUID() warehouseId: string;
  @Field(() => ID) @IsUUID() productId: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(MAX_QUANTITY) quantity: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
  @Field({ nullable: true, description: 'e.g. the supplier’s delivery note number' }) @IsOptional() @IsString() @MaxLength(200) reference?: string;
}

@InputType({ description: 'Either countedQuantity (what a stock count found) or delta (signed change), and always a reason' })
export class AdjustStockInput {
  @Field(() => ID) @IsUUID() warehouseId: string;
  @Field(() => ID) @IsUUID() productId: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_QUANTITY) countedQuantity?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(-MAX_QUANTITY) @Max(MAX_QUANTITY) delta?: number;
  @Field({ description: 'Why the stock changed (count, damage, loss …); required' }) @IsString() @MaxLength(500) reason: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) reference?: string;
}

@InputType()
export class TransferStockInput {
  @Field(() => ID) @IsUUID() fromWarehouseId: string;
  @Field(() => ID) @IsUUID() toWarehouseId: string;
  @Field(() => ID) @IsUUID() productId: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(MAX_QUANTITY) quantity: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) reference?: string;
}

@InputType()
export class StockLevelFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() productId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() warehouseId?: string;
  @Field({ nullable: true, description: 'Only products whose total available is at or below their low-stock threshold' }) @IsOptional() @IsBoolean() lowOnly?: boolean;
}

@InputType()
export class StockMovementFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() productId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() warehouseId?: string;
  @Field(() => [StockMovementKind], { nullable: true }) @IsOptional() @IsEnum(StockMovementKind, { each: true }) kinds?: StockMovementKind[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) reference?: string;
  @Field({ nullable: true }) @IsOptional() @IsDate() from?: Date;
  @Field({ nullable: true }) @IsOptional() @IsDate() to?: Date;
}

@ArgsType()
export class StockLevelsArgs extends PageArgs {
  @Field(() => StockLevelFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => StockLevelFilter) filter?: StockLevelFilter;
}

@ArgsType()
export class StockMovementsArgs extends PageArgs {
  @Field(() => StockMovementFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => StockMovementFilter) filter?: StockMovementFilter;
}
