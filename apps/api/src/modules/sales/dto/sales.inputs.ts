import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Allow, ArrayMaxSize, ArrayMinSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { InvoiceStatus, PaymentMethod, PaymentStatus, ProformaStatus, WarehouseIssueStatus } from '../models/sales.enums';
import { GraphQLSafeInt } from 'graphql-scalars';

export const MAX_LINES = 200;

@InputType()
export class SalesLineInput {
  @Field(() => ID) @IsUUID('all', { message: 'productId must be a product id' }) productId: string;
  @Field(() => Int) @IsInt() @Min(1, { message: 'quantity must be at least 1' }) @Max(1_000_000) quantity: number;
}

@InputType({ description: 'Prices are never taken from the client: the catalog prices every line for this customer' })
export class CreateProformaInput {
  @Field(() => ID) @IsUUID('all', { message: 'contactId must be a contact id' }) contactId: string;
  @Field(() => [SalesLineInput])
  @ArrayMinSize(1, { message: 'a pro-forma needs at least one line' })
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => SalesLineInput)
  lines: SalesLineInput[];
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 40) couponCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
  @Field(() => ID, { nullable: true, description: 'The responsible rep; default the contact’s owner, else the caller' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a staff member id' })
  ownerId?: string;
  @Field(() => Int, { nullable: true, description: 'How long the confirmed pro-forma holds the stock (default 3 days)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  expiresInDays?: number;
  @Field({
    nullable: true,
    description: 'Confirm at once, in the same transaction: the stock is reserved and the coupon redeemed (a counter sale, a storefront checkout); OUT_OF_STOCK writes nothing',
  })
  @IsOptional()
  @IsBoolean()
  confirm?: boolean;
}

@InputType({ description: 'Only while DRAFT; lines given replace all lines and are priced again' })
export class UpdateProformaInput {
  @Field(() => [SalesLineInput], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'a pro-forma needs at least one line' })
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => SalesLineInput)
  lines?: SalesLineInput[];
  @Field(() => String, { nullable: true, description: 'Empty string removes the coupon' }) @IsOptional() @IsString() @MaxLength(40) couponCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'ownerId must be a staff member id' }) ownerId?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(90) expiresInDays?: number;
}

@InputType()
export class RecordPaymentInput {
  // Checked by the service against the invoice's balance, so the error can say what the balance is.
  @Field(() => GraphQLSafeInt, { description: 'Rial, more than 0 and at most the balance' }) @Allow() amount: number;
  @Field(() => PaymentMethod) @IsEnum(PaymentMethod) method: PaymentMethod;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) reference?: string;
  @Field({ nullable: true, description: 'Default now' }) @IsOptional() @IsDate() paidAt?: Date;
}

@InputType()
export class ReturnLineInput {
  @Field(() => ID) @IsUUID('all', { message: 'productId must be a product id' }) productId: string;
  @Field(() => Int) @IsInt() @Min(1, { message: 'quantity must be at least 1' }) quantity: number;
}

@InputType()
export class ProformaFilter {
  @Field(() => ProformaStatus, { nullable: true }) @IsOptional() @IsEnum(ProformaStatus) status?: ProformaStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contactId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerId?: string;
}

@InputType()
export class InvoiceFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contactId?: string;
  @Field(() => InvoiceStatus, { nullable: true }) @IsOptional() @IsEnum(InvoiceStatus) status?: InvoiceStatus;
  @Field(() => PaymentStatus, { nullable: true }) @IsOptional() @IsEnum(PaymentStatus) paymentStatus?: PaymentStatus;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() jalaliYear?: number;
}

@InputType()
export class WarehouseIssueFilter {
  @Field(() => WarehouseIssueStatus, { nullable: true }) @IsOptional() @IsEnum(WarehouseIssueStatus) status?: WarehouseIssueStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contactId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() invoiceId?: string;
}
