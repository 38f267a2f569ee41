import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import {
  CalendarSystem, ContactSource, CustomFieldType, Gender, ImportantDateKind, LifecycleStage, MessageChannel, Recurrence, Relation,
} from '../models/contact.enums';

@InputType()
export class CalendarDateInput {
  @Field(() => CalendarSystem) @IsEnum(CalendarSystem) calendar: CalendarSystem;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1200) @Max(2200) year?: number | null;
  @Field(() => Int) @IsInt() @Min(1) @Max(12) month: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(31) day: number;
}

@InputType()
export class ContactPhoneInput {
  @Field({ description: 'Any usual form: 0912…, +98…, with spaces, Persian digits…' }) @IsString() @Length(1, 40) number: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) label?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() isPrimary?: boolean;
}

@InputType()
class ContactFields {
  @Field(() => Gender, { nullable: true }) @IsOptional() @IsEnum(Gender) gender?: Gender | null;
  @Field(() => CalendarDateInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CalendarDateInput) birthDate?: CalendarDateInput | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email?: string | null;
  @Field(() => [ContactPhoneInput], { nullable: true }) @IsOptional() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => ContactPhoneInput) phones?: ContactPhoneInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) province?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) city?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) address?: string | null;
  @Field(() => ContactSource, { nullable: true }) @IsOptional() @IsEnum(ContactSource) source?: ContactSource;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 50, { each: true }) tags?: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'ownerId must be a staff member id' }) ownerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) @IsOptional() customFields?: Record<string, unknown>;
}

@InputType()
export class CreateContactInput extends ContactFields {
  @Field() @IsString() @Length(1, 100) firstName: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) lastName?: string;
  @Field(() => LifecycleStage, { nullable: true, description: 'SUSPECT (default) or PROSPECT; later stages follow from events' })
  @IsOptional()
  @IsEnum(LifecycleStage)
  stage?: LifecycleStage;
}

@InputType()
export class UpdateContactInput extends ContactFields {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) firstName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) lastName?: string;
}

@InputType()
export class ContactFilter {
  @Field(() => [LifecycleStage], { nullable: true }) @IsOptional() @IsEnum(LifecycleStage, { each: true }) stages?: LifecycleStage[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsString({ each: true }) tags?: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerId?: string;
  @Field(() => ContactSource, { nullable: true }) @IsOptional() @IsEnum(ContactSource) source?: ContactSource;
  @Field({ nullable: true }) @IsOptional() @IsString() city?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() province?: string;
  @Field({ nullable: true }) @IsOptional() createdFrom?: Date;
  @Field({ nullable: true }) @IsOptional() createdTo?: Date;
  @Field(() => GraphQLJSON, { nullable: true, description: '{ key: value } equality on custom fields (a list value matches any of it)' })
  @IsOptional()
  customFields?: Record<string, unknown>;
}

@InputType()
export class OrganizationInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, { message: 'email must be a valid email address' }) email?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) industry?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) city?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) address?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsString({ each: true }) tags?: string[];
}

@InputType()
export class RelatedPersonInput {
  @Field(() => Relation) @IsEnum(Relation) relation: Relation;
  @Field({ nullable: true, description: 'Required unless relatedContactId is given' }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() relatedContactId?: string;
  @Field(() => CalendarDateInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CalendarDateInput) birthDate?: CalendarDateInput;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) preferences?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}

@InputType()
export class ImportantDateInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contactId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() relatedPersonId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organizationId?: string;
  @Field(() => ImportantDateKind) @IsEnum(ImportantDateKind) kind: ImportantDateKind;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) title?: string;
  @Field(() => CalendarDateInput) @ValidateNested() @Type(() => CalendarDateInput) date: CalendarDateInput;
  @Field(() => Recurrence, { defaultValue: Recurrence.YEARLY }) @IsEnum(Recurrence) recurrence: Recurrence = Recurrence.YEARLY;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(60) reminderDaysBefore: number = 0;
  @Field(() => MessageChannel, { defaultValue: MessageChannel.SMS }) @IsEnum(MessageChannel) channel: MessageChannel = MessageChannel.SMS;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) messageTemplate?: string;
}

@InputType()
export class CustomFieldInput {
  @Field() @IsString() @Length(1, 40) key: string;
  @Field() @IsString() @Length(1, 100) label: string;
  @Field(() => CustomFieldType) @IsEnum(CustomFieldType) type: CustomFieldType;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsString({ each: true }) options?: string[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() required?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() position?: number;
}

@InputType()
export class LifecycleSettingsInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(2) @Max(1000) clientMinOrders?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(120) clientWindowMonths?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(1000) advocateMinReferrals?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(3650) inactiveAfterDays?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(3650) lostAfterDays?: number;
}
