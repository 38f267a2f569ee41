import { gregorianToJdn, isValidGregorianDate, isValidJalaliDate, jdnToGregorian, toGregorian } from './jalali';
import type { CalendarDate, DateInput, FullCalendarDate, GregorianDate } from './types';

function isCalendarDate(d: DateInput): d is FullCalendarDate {
  return 'calendar' in d;
}

/** Normalises a DateInput (untagged = Gregorian) to a Gregorian date. Throws RangeError when invalid. */
export function toGregorianDate(date: DateInput): GregorianDate {
  if (isCalendarDate(date)) {
    if (date.year === undefined) throw new RangeError('A yearly date (no year) does not identify one day');
    const plain = { year: date.year, month: date.month, day: date.day };
    return date.calendar === 'jalali' ? toGregorian(plain) : checkedGregorian(plain);
  }
  return checkedGregorian(date);
}

function checkedGregorian(date: GregorianDate): GregorianDate {
  if (!isValidGregorianDate(date)) throw new RangeError(`Invalid Gregorian date: ${JSON.stringify(date)}`);
  return { year: date.year, month: date.month, day: date.day };
}

/** Validates a calendar-tagged date; without a year, day may be up to the month's longest length (30 Esfand, 29 Feb). */
export function isValidCalendarDate(date: CalendarDate): boolean {
  const { calendar, year, month, day } = date;
  if (calendar !== 'jalali' && calendar !== 'gregorian') return false;
  if (year !== undefined) {
    const plain = { year, month, day };
    return calendar === 'jalali' ? isValidJalaliDate(plain) : isValidGregorianDate(plain);
  }
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  return day <= maxMonthLength(calendar, month);
}

export function maxMonthLength(calendar: CalendarDate['calendar'], month: number): number {
  if (calendar === 'jalali') return month <= 6 ? 31 : 30;
  return month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function dayNumber(date: DateInput): number {
  const g = toGregorianDate(date);
  return gregorianToJdn(g.year, g.month, g.day);
}

/** Adds (or with a negative n subtracts) whole days to a Gregorian date. */
export function addDays(date: DateInput, days: number): GregorianDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  return jdnToGregorian(dayNumber(date) + days);
}

/** Number of days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: DateInput, to: DateInput): number {
  return dayNumber(to) - dayNumber(from);
}

/** -1, 0 or 1, usable as an Array.prototype.sort comparator. */
export function compareDates(a: DateInput, b: DateInput): number {
  return Math.sign(dayNumber(a) - dayNumber(b));
}

/** 'YYYY-MM-DD' of a Gregorian date (the wire format for dates in the API). */
export function formatISODate(date: DateInput): string {
  const g = toGregorianDate(date);
  const y = g.year >= 0 && g.year <= 9999 ? String(g.year).padStart(4, '0') : String(g.year);
  return `${y}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
}

/** Parses 'YYYY-MM-DD' (Gregorian); null when malformed or not a real date. */
export function parseISODate(input: string): GregorianDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.trim());
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidGregorianDate(date) ? date : null;
}
