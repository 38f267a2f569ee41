import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { ContactFilter } from '../../contacts/dto/contact.inputs';
import { MessageChannel, MessagePurpose } from '../message.model';

export enum BulkSendStatus { RUNNING = 'RUNNING', DONE = 'DONE', FAILED = 'FAILED' }
registerEnumType(BulkSendStatus, { name: 'BulkSendStatus' });

@InputType({ description: 'One message (a template or one-off text, personalised per contact) to every contact matching the filter' })
export class SendBulkMessageInput {
  @Field(() => ContactFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ContactFilter) filter?: ContactFilter;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) search?: string;
  @Field(() => MessageChannel) @IsEnum(MessageChannel) channel: MessageChannel;
  @Field(() => MessagePurpose, { nullable: true, description: 'Default: the template’s purpose; MARKETING messages go only to contacts with consent' })
  @IsOptional() @IsEnum(MessagePurpose) purpose?: MessagePurpose;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 80) templateKey?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() templateId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(['fa', 'en']) language?: 'fa' | 'en';
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 300) subject?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 20_000) body?: string;
  @Field(() => GraphQLJSON, { nullable: true }) @IsOptional() @IsObject() params?: Record<string, unknown>;
  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first bulk send' })
  @IsOptional() @IsString() @Length(1, 200) idempotencyKey?: string;
}

@ObjectType({ description: 'A bulk send: its messages are queued page by page in the background, then delivered by the outbox' })
export class BulkSend {
  @Field(() => ID) id: string;
  @Field(() => BulkSendStatus) status: BulkSendStatus;
  @Field(() => MessageChannel) channel: MessageChannel;
  @Field(() => MessagePurpose) purpose: MessagePurpose;
  @Field(() => String, { nullable: true }) templateKey: string | null;
  @Field(() => Int, { description: 'Messages queued so far' }) queued: number;
  @Field(() => Int, { description: 'Matching contacts without an address for the channel' }) skipped: number;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}
