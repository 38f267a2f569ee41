// Contact helpers shared by the feature's components (no React here).
import { formatISODate, parseISODate, toGregorianDate, toJalali, type FullCalendarDate } from '@peyvand/calendar';
import { PHONE_ERROR_MESSAGES, PHONE_ERROR_MESSAGES_FA, normalizePhone } from '@peyvand/phone';
import { toLatinDigits } from '@peyvand/text';
import {
  calendarDateError,
  emptyCalendarDate,
  isCalendarDateEmpty,
  toCalendarDateInput,
  type CalendarDateValue,
} from '@/components/calendar-date-input';
import type { CustomFieldDefinition, CustomFieldFormValue } from './components/custom-field-input';

/** Client-side phone check (the server stays authoritative): the reason in the UI language, or null. */
export function phoneError(input: string, locale: string): string | null {
  const result = normalizePhone(input, { allowForeign: true });
  if (result.ok) return null;
  return (locale === 'fa' ? PHONE_ERROR_MESSAGES_FA : PHONE_ERROR_MESSAGES)[result.reason];
}

const isDateValue = (v: unknown): v is CalendarDateValue => !!v && typeof v === 'object' && !Array.isArray(v) && 'calendar' in v;

/** API JSON `{ key: value }` → form values. DATE values are ISO Gregorian dates, edited in the reader's calendar. */
export function customFieldsToForm(defs: CustomFieldDefinition[], values: unknown, locale: string): Record<string, CustomFieldFormValue> {
  const raw = (values && typeof values === 'object' ? values : {}) as Record<string, unknown>;
  const out: Record<string, CustomFieldFormValue> = {};
  for (const def of defs) {
    const v = raw[def.key];
    if (def.type === 'MULTI_SELECT') out[def.key] = Array.isArray(v) ? v.map(String) : [];
    else if (def.type === 'DATE') {
      const g = typeof v === 'string' ? parseISODate(v) : null;
      if (!g) out[def.key] = emptyCalendarDate(locale);
      else if (locale === 'fa') {
        const j = toJalali(g);
        out[def.key] = { calendar: 'JALALI', year: String(j.year), month: String(j.month), day: String(j.day) };
      } else out[def.key] = { calendar: 'GREGORIAN', year: String(g.year), month: String(g.month), day: String(g.day) };
    } else out[def.key] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}

/** Form values → API JSON (empty values are dropped, or sent as null when `keepEmpty`, so they are cleared). */
export function customFieldsFromForm(
  defs: CustomFieldDefinition[],
  values: Record<string, CustomFieldFormValue>,
  keepEmpty = false,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const def of defs) {
    const v = values[def.key];
    let value: unknown = null;
    if (def.type === 'MULTI_SELECT') value = Array.isArray(v) && v.length ? v : null;
    else if (def.type === 'DATE') {
      const input = isDateValue(v) ? toCalendarDateInput(v) : null;
      value = input && input.year ? formatISODate(toGregorianDate({ ...input, calendar: input.calendar === 'JALALI' ? 'jalali' : 'gregorian', year: input.year } as FullCalendarDate)) : null;
    } else if (typeof v === 'string' && v.trim()) {
      value = def.type === 'NUMBER' ? Number(toLatinDigits(v.trim())) : v.trim();
    }
    if (value !== null || keepEmpty) out[def.key] = value;
  }
  return out;
}

/** Translation key of the first problem with a custom field value, or null. */
export function customFieldError(def: CustomFieldDefinition, v: CustomFieldFormValue | undefined): string | null {
  if (def.type === 'DATE') return isDateValue(v) ? calendarDateError(v, { required: def.required, requireYear: true }) : null;
  const empty = v === undefined || (Array.isArray(v) ? v.length === 0 : typeof v === 'string' ? !v.trim() : isCalendarDateEmpty(v));
  if (empty) return def.required ? 'validation.required' : null;
  if (def.type === 'NUMBER' && typeof v === 'string' && Number.isNaN(Number(toLatinDigits(v.trim())))) return 'validation.number';
  return null;
}
