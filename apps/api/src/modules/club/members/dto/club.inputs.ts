import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean, IsEmail, IsEnum, IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, MaxLength, ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../../core/graphql/connection';
import { CalendarDateInput, ImportantDateInput } from '../../../contacts/dto/contact.inputs';
import { ConsentChannel, ConsentStatus, Gender, ImportantDateKind, Relation } from '../../../contacts/models/contact.enums';
import { ClubApproach, ClubCodePurpose, ClubJoinVia, ClubMemberStatus } from '../models/club.models';

@InputType()
export class UpdateClubSettingsInput {
  @Field({ nullable: true }) @IsOptional() @IsBoolean() enabled?: boolean;
  @Field(() => ClubApproach, { nullable: true }) @IsOptional() @IsEnum(ClubApproach) approach?: ClubApproach;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() afterSalesPanel?: boolean;
  @Field(() => String, { nullable: true, description: 'Empty or null: the workspace name' }) @IsOptional() @IsString() @MaxLength(120) displayNameFa?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty or null: the workspace name' }) @IsOptional() @IsString() @MaxLength(120) displayNameEn?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'logoUrl must be an http(s) address' })
  @MaxLength(1000)
  logoUrl?: string | null;
  @Field(() => String, { nullable: true, description: '#rrggbb' })
  @IsOptional()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'primaryColor must be a colour like #0f766e' })
  primaryColor?: string | null;
}

@InputType()
export class RequestClubCodeInput {
  @Field() @IsString() @Length(1, 40) slug: string;
  @Field({ description: 'The mobile number in any usual form (0912…, +98…, Persian digits)' }) @IsString() @Length(1, 40) phone: string;
  @Field(() => ClubCodePurpose, { defaultValue: ClubCodePurpose.LOGIN }) @IsEnum(ClubCodePurpose) purpose: ClubCodePurpose = ClubCodePurpose.LOGIN;
  @Field({ nullable: true, description: 'fa or en: the language of the SMS (defaults to the contact’s, else the workspace’s)' })
  @IsOptional()
  @IsIn(['fa', 'en'])
  language?: 'fa' | 'en';
}

@InputType()
export class VerifyClubCodeInput {
  @Field() @IsString() @Length(1, 40) slug: string;
  @Field() @IsString() @Length(1, 40) phone: string;
  @Field() @IsString() @Length(1, 12) code: string;
  @Field({ nullable: true, description: 'For a new member' }) @IsOptional() @IsString() @Length(1, 100) firstName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) lastName?: string;
  @Field({ nullable: true, description: 'A member’s referral code (loyalty records the referral)' }) @IsOptional() @IsString() @Length(1, 40) referralCode?: string;
  @Field({ nullable: true, description: 'The new member agrees to receive the club’s SMS news and offers' }) @IsOptional() @IsBoolean() smsConsent?: boolean;
}

@InputType()
export class LoginClubMemberInput {
  @Field() @IsString() @Length(1, 40) slug: string;
  @Field() @IsString() @Length(1, 40) phone: string;
  @Field() @IsString() @Length(1, 200) password: string;
}

@InputType()
export class SetClubPasswordInput {
  @Field() @IsString() @Length(8, 200, { message: 'password must be at least 8 characters' }) password: string;
  @Field({ nullable: true, description: 'Required when a password is already set' }) @IsOptional() @IsString() @Length(1, 200) currentPassword?: string;
}

@InputType()
export class UpdateClubProfileInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) firstName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) lastName?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email?: string | null;
  @Field(() => Gender, { nullable: true }) @IsOptional() @IsEnum(Gender) gender?: Gender | null;
  @Field(() => CalendarDateInput, { nullable: true, description: 'Usually Jalali' }) @IsOptional() @ValidateNested() @Type(() => CalendarDateInput) birthDate?: CalendarDateInput | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) city?: string | null;
}

@InputType()
export class ClubConsentInput {
  @Field(() => ConsentChannel) @IsEnum(ConsentChannel) channel: ConsentChannel;
  @Field(() => ConsentStatus, { description: 'GRANTED or WITHDRAWN' }) @IsIn([ConsentStatus.GRANTED, ConsentStatus.WITHDRAWN], { message: 'status must be GRANTED or WITHDRAWN' }) status: ConsentStatus;
}

@InputType()
export class ClubFamilyDateInput {
  @Field(() => ImportantDateKind) @IsEnum(ImportantDateKind) kind: ImportantDateKind;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) title?: string;
  @Field(() => CalendarDateInput) @ValidateNested() @Type(() => CalendarDateInput) date: CalendarDateInput;
}

@InputType()
export class AddMyImportantDateInput extends ClubFamilyDateInput {
  @Field(() => ID, { nullable: true, description: 'A date of one of my family members instead of my own' })
  @IsOptional()
  @IsUUID('all', { message: 'familyMemberId must be one of my family members' })
  familyMemberId?: string;
}

@InputType()
export class AddMyFamilyMemberInput {
  @Field(() => Relation) @IsEnum(Relation) relation: Relation;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => CalendarDateInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CalendarDateInput) birthDate?: CalendarDateInput;
  @Field(() => [ClubFamilyDateInput], { nullable: true, description: 'Other dates worth remembering (anniversary…)' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ClubFamilyDateInput)
  importantDates?: ClubFamilyDateInput[];
}

@ArgsType()
export class ClubMembersArgs extends PageArgs {
  @Field(() => ClubMemberStatus, { nullable: true }) @IsOptional() @IsEnum(ClubMemberStatus) status?: ClubMemberStatus;
  @Field({ nullable: true, description: 'Name, phone or email, as in the contacts search' }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @Field(() => ClubJoinVia, { nullable: true }) @IsOptional() @IsEnum(ClubJoinVia) joinedVia?: ClubJoinVia;
  @Field(() => ID, { nullable: true, description: 'Members whose current tier is this one' })
  @IsOptional()
  @IsUUID('all', { message: 'tierId must be a tier id' })
  tierId?: string;
}

@InputType()
export class BlockClubMemberInput {
  @Field(() => ID) @IsUUID('all', { message: 'contactId must be a contact id' }) contactId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export type { ImportantDateInput };
