import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsEnum, IsInt, IsObject, IsOptional, IsString, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';

export enum SmsProviderKind {
  DEFAULT = 'DEFAULT',
  NONE = 'NONE',
  KAVENEGAR = 'KAVENEGAR',
  HTTP_GATEWAY = 'HTTP_GATEWAY',
}
registerEnumType(SmsProviderKind, {
  name: 'SmsProviderKind',
  description: 'DEFAULT: the server’s configured provider (SMS_PROVIDER); NONE: SMS stay NOT_SENT; KAVENEGAR; HTTP_GATEWAY: any HTTP API described by smsGateway',
});

export enum SmsGatewayMethod { POST = 'POST', GET = 'GET' }
export enum SmsGatewayContentType { JSON = 'json', FORM = 'form' }
export enum SmsNumberFormat { E164 = 'e164', NATIONAL = 'national', INTERNATIONAL_NO_PLUS = 'international-no-plus' }
registerEnumType(SmsGatewayMethod, { name: 'SmsGatewayMethod', description: 'GET sends the body fields in the query string' });
registerEnumType(SmsGatewayContentType, { name: 'SmsGatewayContentType', description: 'How a POST body is encoded' });
registerEnumType(SmsNumberFormat, { name: 'SmsNumberFormat', description: 'How {{to}} is written: +989121234567, 09121234567 or 989121234567' });

const TEMPLATE_HELP = 'Templates may use {{to}} {{text}} {{sender}} {{localId}} {{localIdNumber}} {{apiKey}} {{username}} {{password}}';

@ObjectType({ description: 'A generic HTTP SMS gateway (non-secret part; secrets are in the write-only credentials)' })
export class SmsGatewayConfigModel {
  @Field() url: string;
  @Field(() => SmsGatewayMethod) method: SmsGatewayMethod;
  @Field(() => SmsGatewayContentType) contentType: SmsGatewayContentType;
  @Field(() => GraphQLJSON, { description: '{ header: template }' }) headers: Record<string, string>;
  @Field(() => GraphQLJSON, { description: '{ field: template }' }) body: Record<string, string>;
  @Field(() => SmsNumberFormat) numberFormat: SmsNumberFormat;
  @Field(() => String, { nullable: true }) idPath: string | null;
  @Field(() => String, { nullable: true }) successPath: string | null;
  @Field(() => String, { nullable: true }) successValue: string | null;
}

@ObjectType({ description: 'How this workspace sends email and SMS. Secrets are never returned: only whether they are set.' })
export class MessagingSettings {
  @Field(() => String, { nullable: true }) emailFromName: string | null;
  @Field(() => String, { nullable: true }) emailFromAddress: string | null;
  @Field(() => String, { nullable: true }) emailReplyTo: string | null;
  @Field({ description: 'The From header mail of this workspace carries (the server default where unset)' }) emailFrom: string;
  @Field(() => String, { nullable: true }) dkimDomain: string | null;
  @Field(() => String, { nullable: true }) dkimSelector: string | null;
  @Field({ description: 'A DKIM private key is stored (mail is signed when domain, selector and key are all set)' }) dkimKeySet: boolean;
  @Field(() => SmsProviderKind) smsProvider: SmsProviderKind;
  @Field(() => String, { nullable: true }) smsSender: string | null;
  @Field(() => String, { nullable: true, description: 'Kavenegar API base URL (unset: the server default)' }) kavenegarUrl: string | null;
  @Field(() => SmsGatewayConfigModel, { nullable: true }) smsGateway: SmsGatewayConfigModel | null;
  @Field({ description: 'Provider credentials are stored' }) smsCredentialsSet: boolean;
  @Field(() => [String], { description: 'Which credentials are stored: apiKey, username, password' }) smsCredentialFields: string[];
  @Field(() => Int) emailPerSecond: number;
  @Field(() => Int) smsPerSecond: number;
  @Field(() => Int, { description: 'Minute of the day (workspace time zone) quiet hours start: no marketing SMS until quietHoursEnd' }) quietHoursStart: number;
  @Field(() => Int) quietHoursEnd: number;
  @Field(() => Date, { nullable: true, description: 'null: never saved (defaults)' }) updatedAt: Date | null;
}

@InputType()
export class SmsGatewayInput {
  @Field({ description: `http(s) URL; may be a template. ${TEMPLATE_HELP}` }) @IsString() url: string;
  @Field(() => SmsGatewayMethod, { defaultValue: SmsGatewayMethod.POST }) @IsEnum(SmsGatewayMethod) method: SmsGatewayMethod = SmsGatewayMethod.POST;
  @Field(() => SmsGatewayContentType, { defaultValue: SmsGatewayContentType.FORM }) @IsEnum(SmsGatewayContentType) contentType: SmsGatewayContentType = SmsGatewayContentType.FORM;
  @Field(() => GraphQLJSON, { nullable: true, description: '{ header: template }' }) @IsOptional() @IsObject() headers?: Record<string, string>;
  @Field(() => GraphQLJSON, { description: `{ field: template }, e.g. { "to": "{{to}}", "text": "{{text}}" }. ${TEMPLATE_HELP}` }) @IsObject() body: Record<string, string>;
  @Field(() => SmsNumberFormat, { defaultValue: SmsNumberFormat.E164 }) @IsEnum(SmsNumberFormat) numberFormat: SmsNumberFormat = SmsNumberFormat.E164;
  @Field(() => String, { nullable: true, description: 'Dot path to the provider’s message id in the JSON answer, e.g. entries.0.messageid' }) @IsOptional() @IsString() idPath?: string | null;
  @Field(() => String, { nullable: true, description: 'Dot path checked in the JSON answer…' }) @IsOptional() @IsString() successPath?: string | null;
  @Field(() => String, { nullable: true, description: '…against this value (as text)' }) @IsOptional() @IsString() successValue?: string | null;
}

@InputType({ description: 'Write-only provider credentials; a field left out keeps its stored value, null removes it' })
export class SmsCredentialsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 500) apiKey?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) username?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 500) password?: string | null;
}

const SENDER = /^\+?[0-9]{3,19}$/;

@InputType({ description: 'Fields left out keep their value; null clears a text field (back to the default)' })
export class UpdateMessagingSettingsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 120) emailFromName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: 'must be a valid email address' }) @MaxLength(320) emailFromAddress?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: 'must be a valid email address' }) @MaxLength(320) emailReplyTo?: string | null;
  @Field(() => String, { nullable: true, description: 'The signing domain (d=)' })
  @IsOptional() @Matches(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, { message: 'must be a domain name such as example.ir' })
  dkimDomain?: string | null;
  @Field(() => String, { nullable: true, description: 'The DNS selector (s=)' })
  @IsOptional() @Matches(/^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$/i, { message: 'must be a DNS label such as peyvand or mail2026' })
  dkimSelector?: string | null;
  @Field(() => String, { nullable: true, description: 'Write-only: an RSA private key in PEM' }) @IsOptional() @IsString() @MaxLength(20_000) dkimPrivateKey?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Remove the stored DKIM private key (mail is no longer signed)' }) @IsOptional() @IsBoolean() clearDkimKey?: boolean | null;
  @Field(() => SmsProviderKind, { nullable: true }) @IsOptional() @IsEnum(SmsProviderKind) smsProvider?: SmsProviderKind | null;
  @Field(() => String, { nullable: true, description: 'The sender line number (digits)' }) @IsOptional() @Matches(SENDER, { message: 'must be the sender line number: 3 to 19 digits, optionally after +' }) smsSender?: string | null;
  @Field(() => String, { nullable: true, description: 'Kavenegar API base URL (null: the server default)' })
  @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'must be an http:// or https:// URL' }) @MaxLength(2000)
  kavenegarUrl?: string | null;
  @Field(() => SmsGatewayInput, { nullable: true, description: 'The HTTP gateway (used when smsProvider is HTTP_GATEWAY); null removes it' })
  @IsOptional() @ValidateNested() @Type(() => SmsGatewayInput)
  smsGateway?: SmsGatewayInput | null;
  @Field(() => SmsCredentialsInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => SmsCredentialsInput) smsCredentials?: SmsCredentialsInput | null;
  @Field(() => Boolean, { nullable: true, description: 'Remove every stored SMS credential' }) @IsOptional() @IsBoolean() clearSmsCredentials?: boolean | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(10_000) emailPerSecond?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(10_000) smsPerSecond?: number | null;
  @Field(() => Int, { nullable: true, description: 'Minute of the day, 0–1439' }) @IsOptional() @IsInt() @Min(0) @Max(1439) quietHoursStart?: number | null;
  @Field(() => Int, { nullable: true, description: 'Minute of the day, 0–1439' }) @IsOptional() @IsInt() @Min(0) @Max(1439) quietHoursEnd?: number | null;
}

@ObjectType({ description: 'What the provider answered to a test message sent synchronously (not through the outbox)' })
export class TestMessageResult {
  @Field() ok: boolean;
  @Field(() => String, { nullable: true }) providerMessageId: string | null;
  @Field(() => String, { nullable: true, description: 'The provider’s error, or why nothing was sent' }) error: string | null;
}
