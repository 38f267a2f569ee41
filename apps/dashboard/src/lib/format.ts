import {
  formatJalali,
  jalaliMonthName,
  parseISODate,
  toGregorianDate,
  toJalali,
  type CalendarDate,
  type FullCalendarDate,
  type PlainDate,
} from '@peyvand/calendar';
import { toPersianDigits } from '@peyvand/text';

// Locale-aware formatting: Persian → Jalali calendar + Persian digits; English → Gregorian.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withTime}`;
  let f = dateFormatters.get(key);
  if (!f) {
    const tag = locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-US';
    f = new Intl.DateTimeFormat(tag, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    });
    dateFormatters.set(key, f);
  }
  return f;
}

export function formatDate(value: string | Date | null | undefined, locale: string, withTime = false): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return dateFormatter(locale, withTime).format(date);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US').format(value);
}

// ---- Calendar dates (birthdays, anniversaries…): stored in the calendar they were entered in. ----

export interface CalendarDateLike {
  calendar: string; // 'JALALI' | 'GREGORIAN' (API) or 'jalali' | 'gregorian' (@peyvand/calendar)
  year?: number | null;
  month: number;
  day: number;
}

export function isJalaliCalendar(calendar: string): boolean {
  return calendar.toLowerCase() === 'jalali';
}

/** The API shape → the @peyvand/calendar shape. */
export function toLibCalendarDate(date: CalendarDateLike): CalendarDate {
  return {
    calendar: isJalaliCalendar(date.calendar) ? 'jalali' : 'gregorian',
    ...(date.year ? { year: date.year } : {}),
    month: date.month,
    day: date.day,
  };
}

const gregorianMonthFormatters = new Map<string, Intl.DateTimeFormat>();
function gregorianMonthName(month: number, locale: string): string {
  const tag = locale === 'fa' ? 'fa-IR' : 'en-US';
  let f = gregorianMonthFormatters.get(tag);
  if (!f) {
    f = new Intl.DateTimeFormat(`${tag}-u-ca-gregory`, { month: 'long', timeZone: 'UTC' });
    gregorianMonthFormatters.set(tag, f);
  }
  return f.format(new Date(Date.UTC(2000, month - 1, 1)));
}

function digitsFor(locale: string, text: string): string {
  return locale === 'fa' ? toPersianDigits(text) : text;
}

/**
 * "۵ آذر ۱۳۷۰" in fa, "November 26, 1991" in en. Full dates are shown in the reader's calendar
 * (Jalali in fa, Gregorian in en); a yearly date without a year stays in the calendar it was entered in.
 */
export function formatCalendarDate(date: CalendarDateLike | null | undefined, locale: string): string {
  if (!date) return '';
  const lib = toLibCalendarDate(date);
  if (lib.year) {
    const gregorian = toGregorianDate(lib as FullCalendarDate);
    return formatPlainDate(gregorian, locale);
  }
  const monthName = lib.calendar === 'jalali' ? jalaliMonthName(lib.month, locale === 'fa' ? 'fa' : 'en') : gregorianMonthName(lib.month, locale);
  return locale === 'fa' ? `${digitsFor(locale, String(lib.day))} ${monthName}` : `${monthName} ${lib.day}`;
}

/** A Gregorian day (e.g. an ISO 'YYYY-MM-DD' from the API) → Jalali in fa, Gregorian in en. */
export function formatPlainDate(date: PlainDate | string | null | undefined, locale: string): string {
  if (!date) return '';
  const g = typeof date === 'string' ? parseISODate(date) : date;
  if (!g) return typeof date === 'string' ? date : '';
  if (locale === 'fa') return formatJalali(toJalali(g), { style: 'long', digits: 'fa', locale: 'fa' });
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(g.year, g.month - 1, g.day)),
  );
}
