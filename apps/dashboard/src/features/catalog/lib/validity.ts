import { addDays, toJalali, zonedDateTime, zonedDateTimeToInstant, DEFAULT_TIME_ZONE } from '@peyvand/calendar';
import type { CalendarDateValue } from '@/components/calendar-date-input';
import { toCalendarDateInput } from '@/components/calendar-date-input';

// Validity windows (price lists, coupons) are instants in the API, validTo exclusive. People pick days: the first
// day and the last day, in the workspace's time zone. The last day is stored as the next day's midnight.

/** The day an instant falls on in the time zone, as the date input's value (Jalali in fa, Gregorian in en). */
export function instantToDayValue(iso: string | null | undefined, locale: string, timeZone = DEFAULT_TIME_ZONE, lastDay = false): CalendarDateValue {
  const calendar = locale === 'fa' ? 'JALALI' : 'GREGORIAN';
  if (!iso) return { calendar, year: '', month: '', day: '' };
  const instant = new Date(new Date(iso).getTime() - (lastDay ? 1 : 0));
  const z = zonedDateTime(instant, timeZone);
  const g = { year: z.year, month: z.month, day: z.day };
  const d = calendar === 'JALALI' ? toJalali(g) : g;
  return { calendar, year: String(d.year), month: String(d.month), day: String(d.day) };
}

/** The day's midnight (or, for the last day, the next day's midnight) in the time zone, as ISO; null when empty. */
export function dayValueToInstant(value: CalendarDateValue, timeZone = DEFAULT_TIME_ZONE, lastDay = false): string | null {
  const input = toCalendarDateInput(value);
  if (!input || input.year === null) return null;
  const date = { calendar: input.calendar === 'JALALI' ? ('jalali' as const) : ('gregorian' as const), year: input.year, month: input.month, day: input.day };
  const day = lastDay ? addDays(date, 1) : date;
  return zonedDateTimeToInstant(day, '00:00', timeZone).toISOString();
}

/** Whether a window holds now: 'active', 'upcoming' or 'expired' (no bounds = always). */
export function windowState(validFrom: string | null | undefined, validTo: string | null | undefined, now = Date.now()): 'active' | 'upcoming' | 'expired' {
  if (validFrom && new Date(validFrom).getTime() > now) return 'upcoming';
  if (validTo && new Date(validTo).getTime() <= now) return 'expired';
  return 'active';
}
