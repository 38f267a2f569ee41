import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType()
export class QuoteLineInput {
  @Field(() => ID) @IsUUID('all', { message: 'productId must be a product id' }) productId: string;
  @Field(() => Int) @IsInt() @Min(1, { message: 'quantity must be at least 1' }) @Max(1_000_000) quantity: number;
}

@InputType({ description: 'Segment membership and club tier are given by the caller until those modules exist' })
export class QuoteInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'contactId must be a contact id' }) contactId?: string | null;
  @Field(() => String, { nullable: true, description: 'Club tier code' }) @IsOptional() @IsString() @Length(1, 100) tier?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @IsUUID('all', { each: true, message: 'segmentIds must be segment ids' }) segmentIds?: string[];
  @Field(() => [QuoteLineInput])
  @ArrayMinSize(1, { message: 'lines must have at least one line' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => QuoteLineInput)
  lines: QuoteLineInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) couponCode?: string | null;
  @Field(() => Date, { nullable: true, description: 'Price as of this moment (default now): previews of a coming sale' }) @IsOptional() @IsDate() at?: Date | null;
}
