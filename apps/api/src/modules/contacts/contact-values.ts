import { daysBetween, formatISODate, formatJalali, isValidCalendarDate, nextOccurrence, toGregorian, toJalali, zonedToday } from '@peyvand/calendar';
import { formatIranianPhone, normalizePhone } from '@peyvand/phone';
import { searchKey } from '@peyvand/text';
import { BadInputError, FieldError } from '../../core/errors/domain-errors';
import { ContactEntity } from './entities/contact.entity';
import { ContactPhoneEntity } from './entities/contact-phone.entity';
import { ImportantDateEntity } from './entities/important-date.entity';
import { CalendarDateInput, ContactPhoneInput } from './dto/contact.inputs';
import { CalendarDate, Consent, Contact, ContactPhone, ImportantDate } from './models/contact.model';
import {
  CalendarSystem, ConsentChannel, ConsentStatus, ContactSource, Gender, ImportantDateKind, LifecycleStage, MessageChannel, PhoneKind, Recurrence,
} from './models/contact.enums';

/** Conversions between rows, GraphQL models and validated input values for the contacts module. */

export interface NormalisedPhone {
  e164: string;
  kind: PhoneKind;
  label: string | null;
  isPrimary: boolean;
}

/** Normalises every phone (Iranian forms, or +E.164 abroad); errors name `<path>.<i>.number`. */
export function normalisePhones(phones: ContactPhoneInput[], path: string): NormalisedPhone[] {
  const errors: FieldError[] = [];
  const out: NormalisedPhone[] = [];
  phones.forEach((p, i) => {
    const result = normalizePhone(p.number, { defaultCountry: 'IR', allowForeign: true });
    if (!result.ok) {
      errors.push({ field: `${path}.${i}.number`, message: result.message });
      return;
    }
    if (out.some((o) => o.e164 === result.e164)) {
      errors.push({ field: `${path}.${i}.number`, message: 'is listed twice' });
      return;
    }
    const kind = result.kind === 'mobile' ? PhoneKind.MOBILE : result.kind === 'landline' ? PhoneKind.LANDLINE : PhoneKind.FOREIGN;
    out.push({ e164: result.e164, kind, label: p.label?.trim() || null, isPrimary: !!p.isPrimary });
  });
  if (errors.length) throw new BadInputError(errors);
  if (out.filter((p) => p.isPrimary).length > 1) throw BadInputError.field(path, 'only one phone can be primary');
  // Without an explicit choice the first mobile (else the first number) is primary.
  if (out.length && !out.some((p) => p.isPrimary)) (out.find((p) => p.kind === PhoneKind.MOBILE) ?? out[0]).isPrimary = true;
  return out;
}

export function assertValidDate(date: CalendarDateInput | null | undefined, field: string): void {
  if (!date) return;
  const ok = isValidCalendarDate({ calendar: date.calendar === CalendarSystem.JALALI ? 'jalali' : 'gregorian', year: date.year ?? undefined, month: date.month, day: date.day });
  if (!ok) throw BadInputError.field(field, `is not a valid ${date.calendar === CalendarSystem.JALALI ? 'Jalali' : 'Gregorian'} date`);
}

export function toCalendarDate(calendar: string | null, year: number | null, month: number | null, day: number | null): CalendarDate | null {
  if (!calendar || !month || !day) return null;
  return { calendar: calendar as CalendarSystem, year, month, day };
}

export const nationalPhone = (e164: string): string => (e164.startsWith('+98') ? formatIranianPhone(e164, { style: 'national' }) : e164);

export function toContactPhone(p: ContactPhoneEntity): ContactPhone {
  return { id: p.id, e164: p.e164, kind: p.kind as PhoneKind, label: p.label, isPrimary: p.isPrimary, national: nationalPhone(p.e164) };
}

const CHANNELS = [ConsentChannel.SMS, ConsentChannel.EMAIL, ConsentChannel.CALL];

export function toContact(e: ContactEntity): Contact {
  const consents: Consent[] = CHANNELS.map((channel) => {
    const state = e.consents?.[channel];
    return state
      ? { channel, status: state.status as ConsentStatus, changedAt: new Date(state.changedAt), source: state.source }
      : { channel, status: ConsentStatus.UNKNOWN, changedAt: null, source: null };
  });
  return {
    id: e.id,
    firstName: e.firstName,
    lastName: e.lastName,
    fullName: `${e.firstName} ${e.lastName}`.trim(),
    gender: e.gender as Gender | null,
    birthDate: toCalendarDate(e.birthCalendar, e.birthYear, e.birthMonth, e.birthDay),
    email: e.email,
    primaryPhone: e.primaryPhone,
    province: e.province,
    city: e.city,
    address: e.address,
    source: e.source as ContactSource,
    tags: e.tags,
    notes: e.notes,
    stage: e.stage as LifecycleStage,
    consents,
    customFields: e.customFields,
    orderCount: e.orderCount,
    lastOrderAt: e.lastOrderAt,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    ownerMemberId: e.ownerMemberId,
  };
}

/** The normalised text a contact is found by: names, email, every phone in national and international form. */
export function contactSearchText(c: Pick<ContactEntity, 'firstName' | 'lastName' | 'email'>, phones: string[], extra: string[] = []): string {
  const phoneForms = phones.flatMap((e164) => [e164.replace('+', ''), e164.startsWith('+98') ? `0${e164.slice(3)}` : e164]);
  return searchKey([c.firstName, c.lastName, c.email ?? '', ...extra].join(' ')) + ' ' + phoneForms.join(' ');
}

/** Next occurrence of an important date, "today" taken in the workspace time zone. */
export function toImportantDate(e: ImportantDateEntity, timeZone: string, now = new Date()): ImportantDate {
  const calendar = e.calendar === 'JALALI' ? 'jalali' : 'gregorian';
  let next: { gregorian: { year: number; month: number; day: number }; daysUntil: number } | null = null;
  if (e.recurrence === 'YEARLY') {
    next = nextOccurrence({ calendar, year: e.year ?? undefined, month: e.month, day: e.day }, { from: now, timeZone });
  } else if (e.year) {
    const gregorian = calendar === 'jalali' ? toGregorian({ year: e.year, month: e.month, day: e.day }) : { year: e.year, month: e.month, day: e.day };
    const days = daysBetween(zonedToday(now, timeZone), gregorian);
    next = days >= 0 ? { gregorian, daysUntil: days } : null;
  }
  return {
    id: e.id,
    kind: e.kind as ImportantDateKind,
    title: e.title,
    date: { calendar: e.calendar as CalendarSystem, year: e.year, month: e.month, day: e.day },
    recurrence: e.recurrence as Recurrence,
    reminderDaysBefore: e.reminderDaysBefore,
    channel: e.channel as MessageChannel,
    messageTemplate: e.messageTemplate,
    nextOccurrence: next ? formatISODate(next.gregorian) : null,
    nextOccurrenceJalali: next ? formatJalali(toJalali(next.gregorian), { digits: 'latn', separator: '-' }) : null,
    daysUntil: next ? next.daysUntil : null,
    contactId: e.contactId,
    relatedPersonId: e.relatedPersonId,
    organizationId: e.organizationId,
  };
}
