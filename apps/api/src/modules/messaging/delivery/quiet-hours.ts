import { addDays, zonedDateTime, zonedDateTimeToInstant } from '@peyvand/calendar';

/** A daily window in the workspace's time zone, in minutes after midnight; start > end wraps past midnight (22:00–08:00). */
export interface QuietHours {
  startMinute: number;
  endMinute: number;
  timeZone: string;
}

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * When `at` falls inside the quiet hours, the instant they end (marketing SMS wait until then); otherwise null.
 * Equal start and end means no quiet hours.
 */
export function quietHoursEnd(at: Date, quiet: QuietHours): Date | null {
  const { startMinute: start, endMinute: end, timeZone } = quiet;
  if (start === end) return null;
  const local = zonedDateTime(at, timeZone);
  const minute = local.hour * 60 + local.minute;
  const today = { year: local.year, month: local.month, day: local.day };
  const wraps = start > end;
  const inside = wraps ? minute >= start || minute < end : minute >= start && minute < end;
  if (!inside) return null;
  // Past the start on a wrapping window, the quiet hours end tomorrow morning.
  const endDay = wraps && minute >= start ? addDays(today, 1) : today;
  return zonedDateTimeToInstant(endDay, hhmm(end), timeZone);
}
