/** A calendar-agnostic year/month/day triple (month 1-12). Gregorian unless stated otherwise. */
export interface PlainDate {
  year: number;
  month: number;
  day: number;
}

/** A Jalali (Solar Hijri) year/month/day; month 1 = Farvardin, 12 = Esfand. */
export type JalaliDate = PlainDate;

/** A Gregorian year/month/day; month 1 = January. */
export type GregorianDate = PlainDate;

export type CalendarKind = 'jalali' | 'gregorian';

/**
 * A date tagged with the calendar it was entered in (birthdays, anniversaries, contract dates).
 * `year` is optional: without it the date only makes sense as a yearly recurrence.
 */
export interface CalendarDate {
  calendar: CalendarKind;
  year?: number;
  month: number;
  day: number;
}

/** A CalendarDate that pins down one specific day. */
export type FullCalendarDate = CalendarDate & { year: number };

/** Anything that identifies one day: an untagged PlainDate is taken as Gregorian. */
export type DateInput = PlainDate | FullCalendarDate;
