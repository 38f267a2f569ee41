import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ConnectionType } from '../../../core/graphql/connection';
import {
  CalendarSystem, ConsentChannel, ConsentStatus, ContactSource, CustomFieldType, Gender, ImportantDateKind, LifecycleStage,
  MessageChannel, PhoneKind, Recurrence, Relation,
} from './contact.enums';

@ObjectType()
export class CalendarDate {
  @Field(() => CalendarSystem) calendar: CalendarSystem;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => Int) month: number;
  @Field(() => Int) day: number;
}

@ObjectType()
export class ContactPhone {
  @Field(() => ID) id: string;
  @Field({ description: 'E.164, e.g. +989121234567' }) e164: string;
  @Field(() => PhoneKind) kind: PhoneKind;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field() isPrimary: boolean;
  @Field({ description: 'National display form, e.g. 0912 123 4567' }) national: string;
}

@ObjectType()
export class Consent {
  @Field(() => ConsentChannel) channel: ConsentChannel;
  @Field(() => ConsentStatus) status: ConsentStatus;
  @Field(() => Date, { nullable: true }) changedAt: Date | null;
  @Field(() => String, { nullable: true }) source: string | null;
}

@ObjectType({ description: 'A person the business deals with; the 360 file hangs off it' })
export class Contact {
  @Field(() => ID) id: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field() fullName: string;
  @Field(() => Gender, { nullable: true }) gender: Gender | null;
  @Field(() => CalendarDate, { nullable: true }) birthDate: CalendarDate | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true, description: 'E.164 of the primary phone' }) primaryPhone: string | null;
  @Field(() => String, { nullable: true }) province: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => ContactSource) source: ContactSource;
  @Field(() => [String]) tags: string[];
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => LifecycleStage) stage: LifecycleStage;
  @Field(() => [Consent]) consents: Consent[];
  @Field(() => GraphQLJSON, { description: '{ key: value } for the workspace custom fields' }) customFields: Record<string, unknown>;
  @Field(() => Int) orderCount: number;
  @Field(() => Date, { nullable: true }) lastOrderAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  ownerMemberId: string | null;
}

export const ContactConnection = ConnectionType(Contact);

@ObjectType()
export class Organization {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) industry: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => [String]) tags: string[];
  @Field() createdAt: Date;
}

export const OrganizationConnection = ConnectionType(Organization);

@ObjectType()
export class ContactOrganization {
  @Field(() => Organization) organization: Organization;
  @Field(() => String, { nullable: true }) title: string | null;
}

@ObjectType()
export class ImportantDate {
  @Field(() => ID) id: string;
  @Field(() => ImportantDateKind) kind: ImportantDateKind;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => CalendarDate) date: CalendarDate;
  @Field(() => Recurrence) recurrence: Recurrence;
  @Field(() => Int) reminderDaysBefore: number;
  @Field(() => MessageChannel) channel: MessageChannel;
  @Field(() => String, { nullable: true }) messageTemplate: string | null;
  @Field(() => String, { nullable: true, description: 'Next occurrence as a Gregorian ISO date (YYYY-MM-DD) in the workspace time zone; null when a one-off date has passed' })
  nextOccurrence: string | null;
  @Field(() => String, { nullable: true, description: 'The same day in the Jalali calendar (YYYY-MM-DD)' }) nextOccurrenceJalali: string | null;
  @Field(() => Int, { nullable: true }) daysUntil: number | null;
  contactId: string | null;
  relatedPersonId: string | null;
  organizationId: string | null;
}

@ObjectType()
export class RelatedPerson {
  @Field(() => ID) id: string;
  @Field(() => Relation) relation: Relation;
  @Field() name: string;
  @Field(() => CalendarDate, { nullable: true }) birthDate: CalendarDate | null;
  @Field(() => String, { nullable: true }) preferences: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  relatedContactId: string | null;
  contactId: string;
}

@ObjectType()
export class StageChange {
  @Field(() => ID) id: string;
  @Field(() => LifecycleStage, { nullable: true }) from: LifecycleStage | null;
  @Field(() => LifecycleStage) to: LifecycleStage;
  @Field() reason: string;
  @Field() automatic: boolean;
  @Field() changedAt: Date;
  changedByMemberId: string | null;
}

@ObjectType()
export class CustomFieldDefinition {
  @Field(() => ID) id: string;
  @Field() key: string;
  @Field() label: string;
  @Field(() => CustomFieldType) type: CustomFieldType;
  @Field(() => [String]) options: string[];
  @Field() required: boolean;
  @Field(() => Int) position: number;
}

@ObjectType()
export class LifecycleSettings {
  @Field(() => Int, { description: 'Orders within the window that make a customer a client (loyal)' }) clientMinOrders: number;
  @Field(() => Int) clientWindowMonths: number;
  @Field(() => Int, { description: 'Successful referrals that make a customer an advocate' }) advocateMinReferrals: number;
  @Field(() => Int, { description: 'Days without a purchase before a customer becomes inactive' }) inactiveAfterDays: number;
  @Field(() => Int) lostAfterDays: number;
}

@ObjectType()
export class ExportFile {
  @Field() fileName: string;
  @Field() contentType: string;
  @Field() contentBase64: string;
  @Field(() => Int) rowCount: number;
}

@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: '1-based data row (the header is row 0)' }) row: number;
  @Field(() => String, { nullable: true }) field: string | null;
  @Field({ description: 'NAME_REQUIRED, INVALID_PHONE, INVALID_EMAIL, INVALID_DATE, INVALID_GENDER or INVALID_CUSTOM_FIELD' }) code: string;
  @Field(() => String, { nullable: true, description: 'The offending cell' }) value: string | null;
  @Field(() => String, { nullable: true, description: 'For INVALID_PHONE: the phone library’s reason code (TOO_SHORT, INVALID_MOBILE_PREFIX…)' }) reason: string | null;
  @Field({ description: 'English explanation' }) message: string;
}

@ObjectType()
export class ImportResult {
  @Field(() => Int) totalRows: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) failed: number;
  @Field(() => [ImportRowError]) errors: ImportRowError[];
}
