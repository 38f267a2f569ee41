import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../../../core/graphql/connection';
import { CalendarDate, Consent, ImportantDate } from '../../../contacts/models/contact.model';
import { Gender, Relation } from '../../../contacts/models/contact.enums';

export enum ClubApproach {
  /** Anyone may join with their mobile number (marketing: members as leads). */
  OPEN = 'OPEN',
  /** Membership starts with a first purchase (retention); sign-up is refused before it. */
  AFTER_PURCHASE = 'AFTER_PURCHASE',
  BOTH = 'BOTH',
}
registerEnumType(ClubApproach, { name: 'ClubApproach', description: 'Who may join: anyone (OPEN), customers after a first purchase, or both' });

export enum ClubCodePurpose { SIGN_UP = 'SIGN_UP', LOGIN = 'LOGIN', CHECKOUT = 'CHECKOUT' }
registerEnumType(ClubCodePurpose, { name: 'ClubCodePurpose' });

export enum ClubMemberStatus { ACTIVE = 'ACTIVE', BLOCKED = 'BLOCKED' }
registerEnumType(ClubMemberStatus, { name: 'ClubMemberStatus' });

export enum ClubJoinVia { SIGN_UP = 'SIGN_UP', PURCHASE = 'PURCHASE', PLUGIN = 'PLUGIN', STAFF = 'STAFF' }
registerEnumType(ClubJoinVia, { name: 'ClubJoinVia' });

@ObjectType()
export class ClubSettings {
  @Field() enabled: boolean;
  @Field(() => ClubApproach) approach: ClubApproach;
  @Field({ description: 'The after-sales panel (purchases, messages, calls, tickets) for every member' }) afterSalesPanel: boolean;
  @Field({ description: 'Display name in Persian (defaults to the workspace name)' }) displayNameFa: string;
  @Field({ description: 'Display name in English (defaults to the workspace name)' }) displayNameEn: string;
  @Field(() => String, { nullable: true }) logoUrl: string | null;
  @Field({ description: '#rrggbb' }) primaryColor: string;
  @Field({ description: 'The club lives at /club/<slug>: the workspace slug' }) slug: string;
  @Field({ description: 'The club address' }) url: string;
}

@ObjectType()
export class PublicClub {
  @Field() slug: string;
  @Field() enabled: boolean;
  @Field() nameFa: string;
  @Field() nameEn: string;
  @Field(() => String, { nullable: true }) logoUrl: string | null;
  @Field() primaryColor: string;
  @Field(() => ClubApproach) approach: ClubApproach;
  @Field({ description: 'Whether anyone may sign up now (OPEN or BOTH); with AFTER_PURCHASE only customers who have bought may join' }) signUpOpen: boolean;
  @Field() afterSalesPanel: boolean;
  @Field({ description: 'IRT (Toman) or IRR: how the business shows prices' }) displayCurrency: string;
  @Field() defaultLocale: string;
}

@ObjectType()
export class ClubCodeRequest {
  @Field({ description: 'The normalised mobile number the code went to (E.164)' }) phone: string;
  @Field() expiresAt: Date;
  @Field({ description: 'A new code may be requested from this time' }) resendAfter: Date;
  @Field(() => Int) codeLength: number;
  @Field({ description: 'Whether this number already has a membership (the SPA may ask for a name when not)' }) registered: boolean;
}

@ObjectType()
export class ClubMembership {
  @Field(() => ID) id: string;
  @Field(() => ID) contactId: string;
  @Field(() => ClubMemberStatus) status: ClubMemberStatus;
  @Field(() => ClubJoinVia) joinedVia: ClubJoinVia;
  @Field() joinedAt: Date;
  @Field(() => Date, { nullable: true }) lastSignInAt: Date | null;
  @Field() hasPassword: boolean;
  @Field(() => Date, { nullable: true }) blockedAt: Date | null;
  @Field(() => String, { nullable: true }) blockedReason: string | null;
}

@ObjectType()
export class ClubSession {
  @Field({ description: 'pvm_… bearer token for member operations' }) accessToken: string;
  @Field() refreshToken: string;
  @Field() expiresAt: Date;
  @Field({ description: 'True when this sign-in created the membership' }) joined: boolean;
  @Field(() => ClubMembership) member: ClubMembership;
}

/** A club member as staff see it (the contact is resolved by the club members resolver). */
@ObjectType()
export class ClubMember extends ClubMembership {}
export const ClubMemberConnection = ConnectionType(ClubMember);

@ObjectType()
export class ClubMemberProfile {
  @Field(() => ID) contactId: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field() fullName: string;
  @Field(() => Gender, { nullable: true }) gender: Gender | null;
  @Field(() => CalendarDate, { nullable: true }) birthDate: CalendarDate | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => [Consent], { description: 'Every channel, UNKNOWN when never asked' }) consents: Consent[];
  @Field(() => ClubMembership) membership: ClubMembership;
}

@ObjectType()
export class ClubFamilyMember {
  @Field(() => ID) id: string;
  @Field(() => Relation) relation: Relation;
  @Field() name: string;
  @Field(() => CalendarDate, { nullable: true }) birthDate: CalendarDate | null;
  @Field(() => [ImportantDate]) importantDates: ImportantDate[];
}

@ObjectType()
export class ClubCall {
  @Field(() => ID) id: string;
  @Field({ description: 'IN: I called the business; OUT: the business called me' }) direction: string;
  @Field() occurredAt: Date;
  @Field() summary: string;
  @Field(() => Int, { nullable: true }) durationSeconds: number | null;
  @Field(() => String, { nullable: true }) status: string | null;
}
export const ClubCallConnection = ConnectionType(ClubCall);
