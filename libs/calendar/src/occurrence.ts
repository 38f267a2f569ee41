import { gregorianMonthLength, jalaliMonthLength, toGregorian, toJalali } from './jalali';
import { daysBetween, isValidCalendarDate } from './plain-date';
import type { CalendarDate, DateInput, GregorianDate, JalaliDate } from './types';
import { DEFAULT_TIME_ZONE, zonedToday } from './zone';

export interface Occurrence {
  /** The day it falls on, Gregorian. */
  gregorian: GregorianDate;
  /** The same day in the Jalali calendar. */
  jalali: JalaliDate;
  /** The year of the occurrence in the date's own calendar. */
  year: number;
  /** Days from "today" (in the time zone) to the occurrence; 0 = today. */
  daysUntil: number;
  /** True when the day does not exist that year and was moved to the month's last day (30 Esfand -> 29, 29 Feb -> 28). */
  adjusted: boolean;
  /** For dates with a year: whole years since then (the age on a birthday). */
  yearsSince?: number;
}

export interface NextOccurrenceOptions {
  /** The instant that defines "today"; default now. */
  from?: Date | number;
  /** IANA zone in which "today" is taken; default Asia/Tehran. */
  timeZone?: string;
  /** Whether an occurrence today counts; default true. */
  includeToday?: boolean;
}

/**
 * The Gregorian day on which a yearly date (in its own calendar) falls in `year` of that calendar.
 * A day missing that year (30 Esfand in a common Jalali year, 29 February in a common Gregorian year)
 * falls on the last day of that month.
 */
export function resolveYearlyDate(date: CalendarDate, year: number): { gregorian: GregorianDate; adjusted: boolean } {
  if (!isValidCalendarDate({ calendar: date.calendar, month: date.month, day: date.day })) {
    throw new RangeError(`Invalid yearly date: ${JSON.stringify(date)}`);
  }
  if (date.calendar === 'jalali') {
    const last = jalaliMonthLength(year, date.month);
    const day = Math.min(date.day, last);
    return { gregorian: toGregorian({ year, month: date.month, day }), adjusted: day !== date.day };
  }
  const day = Math.min(date.day, gregorianMonthLength(year, date.month));
  return { gregorian: { year, month: date.month, day }, adjusted: day !== date.day };
}

/**
 * Next local date on which a yearly date recurs, in the date's own calendar (a Jalali birthday recurs
 * on the same Jalali day, whatever the Gregorian date). A `year` on the date is only the first
 * occurrence (e.g. birth year): no occurrence is returned before it, and `yearsSince` gives the age.
 */
export function nextOccurrence(date: CalendarDate, options: NextOccurrenceOptions = {}): Occurrence {
  const { from = Date.now(), timeZone = DEFAULT_TIME_ZONE, includeToday = true } = options;
  if (!isValidCalendarDate(date)) throw new RangeError(`Invalid date: ${JSON.stringify(date)}`);
  const today = zonedToday(from, timeZone);
  const currentYear = date.calendar === 'jalali' ? toJalali(today).year : today.year;
  const firstYear = date.year === undefined ? currentYear : Math.max(currentYear, date.year);
  for (let year = firstYear; ; year += 1) {
    const { gregorian, adjusted } = resolveYearlyDate(date, year);
    const days = daysBetween(today, gregorian);
    if (days > 0 || (days === 0 && includeToday)) {
      const occurrence: Occurrence = { gregorian, jalali: toJalali(gregorian), year, daysUntil: days, adjusted };
      if (date.year !== undefined) occurrence.yearsSince = year - date.year;
      return occurrence;
    }
  }
}

/** Days from today (in the time zone) until a given day; negative when it is in the past. */
export function daysUntil(
  target: DateInput,
  options: { from?: Date | number; timeZone?: string } = {},
): number {
  return daysBetween(zonedToday(options.from ?? Date.now(), options.timeZone ?? DEFAULT_TIME_ZONE), target);
}
