import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsObject, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { ConnectionType } from '../../core/graphql/connection';
import { Direction } from '../timeline/timeline.model';

export enum MessageChannel { EMAIL = 'EMAIL', SMS = 'SMS' }
export enum MessagePurpose { TRANSACTIONAL = 'TRANSACTIONAL', MARKETING = 'MARKETING' }
export enum MessageStatus {
  QUEUED = 'QUEUED', SENDING = 'SENDING', SENT = 'SENT', DELIVERED = 'DELIVERED', FAILED = 'FAILED', BOUNCED = 'BOUNCED',
  SUPPRESSED = 'SUPPRESSED', NOT_SENT = 'NOT_SENT', RECEIVED = 'RECEIVED',
}
registerEnumType(MessageChannel, { name: 'MessagingChannel', description: 'The channels the outbox sends through' });
registerEnumType(MessagePurpose, { name: 'MessagePurpose', description: 'Marketing messages need the contact’s consent for the channel at send time' });
registerEnumType(MessageStatus, { name: 'MessageStatus', description: 'NOT_SENT: no transport is configured for the channel; SUPPRESSED: consent missing or withdrawn; RECEIVED: inbound' });

@ObjectType({ description: 'One step of a message’s delivery history' })
export class MessageEvent {
  @Field(() => ID) id: string;
  @Field(() => MessageStatus) status: MessageStatus;
  @Field(() => String, { nullable: true }) detail: string | null;
  @Field() occurredAt: Date;
}

@ObjectType('SmsParts', { description: 'How the network counts an SMS: UCS-2 (Persian) 70 / 67 per part, GSM-7 160 / 153' })
export class SmsPartsModel {
  @Field() encoding: string;
  @Field(() => Int) units: number;
  @Field(() => Int) parts: number;
  @Field(() => Int) remaining: number;
}

@ObjectType({ description: 'An outgoing message in the outbox' })
export class Message {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) contactId: string | null;
  @Field(() => MessageChannel) channel: MessageChannel;
  @Field(() => Direction, { description: 'OUT: sent by us; IN: received (inbound SMS)' }) direction: Direction;
  @Field(() => MessagePurpose) purpose: MessagePurpose;
  @Field({ description: 'Email address or E.164 phone number of the contact side (the sender, for inbound)' }) recipient: string;
  @Field(() => String, { nullable: true }) subject: string | null;
  @Field() bodyText: string;
  @Field(() => String, { nullable: true }) bodyHtml: string | null;
  @Field(() => String, { nullable: true }) templateKey: string | null;
  @Field(() => MessageStatus) status: MessageStatus;
  @Field(() => String, { nullable: true }) statusReason: string | null;
  @Field(() => String, { nullable: true }) providerMessageId: string | null;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => String, { nullable: true }) idempotencyKey: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'Set on alerts to a staff member (then contactId is null)' }) memberId: string | null;
  @Field({ description: 'fa or en' }) language: string;
}

export const MessageConnection = ConnectionType(Message);

@InputType()
export class SendMessageInput {
  @Field(() => ID) @IsUUID() contactId: string;
  @Field(() => MessageChannel) @IsEnum(MessageChannel) channel: MessageChannel;
  @Field(() => MessagePurpose, { nullable: true, description: 'Defaults to the template’s purpose; TRANSACTIONAL for one-off text' })
  @IsOptional() @IsEnum(MessagePurpose) purpose?: MessagePurpose;
  @Field(() => String, { nullable: true, description: 'A saved template by key (in `language` or the workspace language, falling back to the other); instead of subject/body' })
  @IsOptional() @IsString() @Length(1, 80) templateKey?: string | null;
  @Field(() => ID, { nullable: true, description: 'A saved template by id; instead of subject/body' }) @IsOptional() @IsUUID() templateId?: string | null;
  @Field(() => String, { nullable: true, description: 'fa or en; defaults to the workspace language' }) @IsOptional() @IsIn(['fa', 'en']) language?: 'fa' | 'en';
  @Field(() => GraphQLJSON, { nullable: true, description: 'Values of the template’s param variables, e.g. { "coupon.code": "NOWRUZ" }' })
  @IsOptional() @IsObject() params?: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: 'One-off text: required for email' }) @IsOptional() @IsString() @Length(1, 300) subject?: string | null;
  @Field(() => String, { nullable: true, description: 'One-off plain text; may use the template variables ({{contact.firstName}} …)' })
  @IsOptional() @IsString() @Length(1, 20_000) body?: string | null;
  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first message instead of sending again' })
  @IsOptional() @IsString() @Length(1, 200) idempotencyKey?: string | null;
}

@InputType()
export class MessageFilter {
  @Field(() => MessageStatus, { nullable: true }) @IsOptional() @IsEnum(MessageStatus) status?: MessageStatus;
  @Field(() => MessageChannel, { nullable: true }) @IsOptional() @IsEnum(MessageChannel) channel?: MessageChannel;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contactId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() bulkSendId?: string;
}

