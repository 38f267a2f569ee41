import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { ConnectionType } from '../../../core/graphql/connection';
import { MessageChannel, MessagePurpose, SmsPartsModel } from '../message.model';

export const TEMPLATE_LANGUAGES = ['fa', 'en'] as const;
export const TEMPLATE_KEY_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,79}$/;
const KEY_MESSAGE = 'key must start with a–z or 0–9 and use only a–z, 0–9, _ . - (at most 80 characters)';

export enum TemplateVariableKind { TEXT = 'TEXT', DATE = 'DATE', MONEY = 'MONEY', NUMBER = 'NUMBER' }
export enum TemplateVariableSource { CONTACT = 'CONTACT', WORKSPACE = 'WORKSPACE', DATE = 'DATE', PARAM = 'PARAM' }
registerEnumType(TemplateVariableKind, {
  name: 'TemplateVariableKind',
  description: 'DATE: Jalali with Persian digits in fa, Gregorian in en; MONEY: integer Rial shown in the workspace display currency',
});
registerEnumType(TemplateVariableSource, {
  name: 'TemplateVariableSource',
  description: 'CONTACT, WORKSPACE, DATE: read when the message is rendered; PARAM: supplied by the module that sends it',
});

@ObjectType({ description: 'A message template of a workspace: one channel, one language; `key` groups its translations' })
export class MessageTemplate {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable name the sending modules use, e.g. "birthday"; shared by a template’s languages and channels' }) key: string;
  @Field() name: string;
  @Field(() => MessageChannel) channel: MessageChannel;
  @Field({ description: '"fa" or "en"' }) language: string;
  @Field(() => MessagePurpose) purpose: MessagePurpose;
  @Field(() => String, { nullable: true, description: 'Email only' }) subject: string | null;
  @Field({ description: 'Plain text with {{variables}}' }) body: string;
  @Field(() => [String], { description: 'The variables the subject and body use' }) variables: string[];
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const MessageTemplateConnection = ConnectionType(MessageTemplate);

@ObjectType({ description: 'A variable templates may use, for the editor’s picker' })
export class TemplateVariable {
  @Field({ description: 'As written in a template, inside {{ }}' }) name: string;
  @Field(() => TemplateVariableKind) kind: TemplateVariableKind;
  @Field(() => TemplateVariableSource) source: TemplateVariableSource;
  @Field() descriptionFa: string;
  @Field() descriptionEn: string;
}

@ObjectType({ description: 'A template rendered for a contact, as the message would be sent' })
export class MessageTemplatePreview {
  @Field(() => ID, { nullable: true, description: 'The template rendered (null for a draft)' }) templateId: string | null;
  @Field({ description: 'The language rendered: the one asked for, or the other one when the template has no such translation' }) language: string;
  @Field(() => String, { nullable: true }) subject: string | null;
  @Field() bodyText: string;
  @Field(() => String, { nullable: true, description: 'Email only' }) bodyHtml: string | null;
  @Field(() => SmsPartsModel, { nullable: true, description: 'SMS only: the parts the rendered text takes' }) smsParts: SmsPartsModel | null;
  @Field(() => [String], { description: 'Params the preview filled with sample values because none were given' }) sampleParams: string[];
}

@InputType()
export class CreateMessageTemplateInput {
  @Field() @IsString() @Matches(TEMPLATE_KEY_PATTERN, { message: KEY_MESSAGE }) key: string;
  @Field() @IsString() @Length(1, 120) name: string;
  @Field(() => MessageChannel) @IsIn([MessageChannel.EMAIL, MessageChannel.SMS]) channel: MessageChannel;
  @Field({ description: '"fa" or "en"' }) @IsIn(TEMPLATE_LANGUAGES) language: 'fa' | 'en';
  @Field(() => MessagePurpose, { defaultValue: MessagePurpose.TRANSACTIONAL }) @IsEnum(MessagePurpose) purpose: MessagePurpose = MessagePurpose.TRANSACTIONAL;
  @Field(() => String, { nullable: true, description: 'Required for email, absent for SMS' }) @IsOptional() @IsString() @Length(1, 300) subject?: string | null;
  @Field({ description: 'Plain text; {{variables}} from templateVariables' }) @IsString() @Length(1, 20_000) body: string;
}

@InputType({ description: 'Fields to change; channel and language are fixed (create the other translation as its own template)' })
export class UpdateMessageTemplateInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(TEMPLATE_KEY_PATTERN, { message: KEY_MESSAGE }) key?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 120) name?: string;
  @Field(() => MessagePurpose, { nullable: true }) @IsOptional() @IsEnum(MessagePurpose) purpose?: MessagePurpose;
  @Field(() => String, { nullable: true, description: 'null removes it (SMS)' }) @IsOptional() @IsString() @Length(1, 300) subject?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 20_000) body?: string;
}

@InputType()
export class MessageTemplateFilter {
  @Field(() => MessageChannel, { nullable: true }) @IsOptional() @IsIn([MessageChannel.EMAIL, MessageChannel.SMS]) channel?: MessageChannel;
  @Field({ nullable: true, description: '"fa" or "en"' }) @IsOptional() @IsIn(TEMPLATE_LANGUAGES) language?: 'fa' | 'en';
  @Field({ nullable: true, description: 'Part of the key or name' }) @IsOptional() @IsString() @Length(1, 100) search?: string;
}

@InputType({ description: 'An unsaved template (the editor’s current text)' })
export class MessageTemplateDraftInput {
  @Field(() => MessageChannel) @IsIn([MessageChannel.EMAIL, MessageChannel.SMS]) channel: MessageChannel;
  @Field({ description: '"fa" or "en"' }) @IsIn(TEMPLATE_LANGUAGES) language: 'fa' | 'en';
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 300) subject?: string | null;
  @Field() @IsString() @Length(1, 20_000) body: string;
}

@InputType({ description: 'What to preview: a saved template (templateId, or templateKey + channel [+ language]) or a draft; for which contact' })
export class PreviewMessageTemplateInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() templateId?: string;
  @Field({ nullable: true, description: 'With channel: the template of that key in `language`, else in the other language' })
  @IsOptional()
  @IsString()
  @Matches(TEMPLATE_KEY_PATTERN, { message: KEY_MESSAGE })
  templateKey?: string;
  @Field(() => MessageChannel, { nullable: true }) @IsOptional() @IsIn([MessageChannel.EMAIL, MessageChannel.SMS]) channel?: MessageChannel;
  @Field({ nullable: true, description: '"fa" or "en"; default the workspace’s language' }) @IsOptional() @IsIn(TEMPLATE_LANGUAGES) language?: 'fa' | 'en';
  @Field(() => MessageTemplateDraftInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MessageTemplateDraftInput) draft?: MessageTemplateDraftInput;
  @Field(() => ID) @IsUUID() contactId: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Values of PARAM variables: { "coupon.code": "X" } or { coupon: { code: "X" } }; missing ones get sample values' })
  @IsOptional()
  @IsObject()
  params?: Record<string, unknown>;
}
