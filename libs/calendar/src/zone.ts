import { latinDigits } from './digits';
import { toGregorianDate } from './plain-date';
import type { DateInput, GregorianDate } from './types';

export const DEFAULT_TIME_ZONE = 'Asia/Tehran';

export interface ZonedDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface LocalTime {
  hour: number;
  minute: number;
  second?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown IANA zone, which we let propagate.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function toMs(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid instant');
  return ms;
}

/** Wall-clock date and time of an instant in an IANA time zone (Gregorian). */
export function zonedDateTime(instant: Date | number, timeZone: string = DEFAULT_TIME_ZONE): ZonedDateTime {
  const out: ZonedDateTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const part of formatterFor(timeZone).formatToParts(toMs(instant))) {
    switch (part.type) {
      case 'year':
      case 'month':
      case 'day':
      case 'hour':
      case 'minute':
      case 'second':
        out[part.type] = Number(part.value);
        break;
      case 'era':
        bc = part.value.startsWith('B');
        break;
    }
  }
  if (bc) out.year = 1 - out.year;
  if (out.hour === 24) out.hour = 0;
  return out;
}

/** The local calendar date ("today") of an instant in a time zone, as a Gregorian date. */
export function zonedToday(instant: Date | number = Date.now(), timeZone: string = DEFAULT_TIME_ZONE): GregorianDate {
  const { year, month, day } = zonedDateTime(instant, timeZone);
  return { year, month, day };
}

function utcFields(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, does not remap years 0-99
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

/** UTC offset of the zone at an instant, in milliseconds (east of UTC positive). */
function offsetMs(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const z = zonedDateTime(whole, timeZone);
  return utcFields(z.year, z.month, z.day, z.hour, z.minute, z.second) - whole;
}

/** UTC offset of a time zone at an instant, in minutes (Tehran: 210, or 270 during its former DST). */
export function timeZoneOffsetMinutes(instant: Date | number, timeZone: string = DEFAULT_TIME_ZONE): number {
  return offsetMs(toMs(instant), timeZone) / 60_000;
}

function parseTime(time: LocalTime | string): Required<LocalTime> {
  let t: Required<LocalTime>;
  if (typeof time === 'string') {
    const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(latinDigits(time.trim()));
    if (!m) throw new RangeError(`Invalid time: ${time}`);
    t = { hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3] ?? 0) };
  } else {
    t = { hour: time.hour, minute: time.minute, second: time.second ?? 0 };
  }
  const ok =
    [t.hour, t.minute, t.second].every(Number.isInteger) &&
    t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59 && t.second >= 0 && t.second <= 59;
  if (!ok) throw new RangeError(`Invalid time: ${JSON.stringify(time)}`);
  return t;
}

/**
 * The instant at which a wall-clock date + time occurs in a time zone, e.g.
 * zonedDateTimeToInstant({ calendar: 'jalali', year: 1403, month: 1, day: 1 }, '09:00', 'Asia/Tehran').
 * Follows Temporal's "compatible" rule at DST transitions: a repeated local time resolves to the
 * earlier instant, a skipped one (inside a spring-forward gap) is pushed forward by the gap length.
 */
export function zonedDateTimeToInstant(
  date: DateInput,
  time: LocalTime | string = '00:00',
  timeZone: string = DEFAULT_TIME_ZONE,
): Date {
  const g = toGregorianDate(date);
  const t = parseTime(time);
  const local = utcFields(g.year, g.month, g.day, t.hour, t.minute, t.second);
  const day = 86_400_000;
  const offsetBefore = offsetMs(local - day, timeZone);
  const offsets = [offsetBefore, offsetMs(local, timeZone), offsetMs(local + day, timeZone)];
  const candidates = [...new Set(offsets.map((o) => local - o))]
    .filter((instant) => instant + offsetMs(instant, timeZone) === local)
    .sort((a, b) => a - b);
  return new Date(candidates.length > 0 ? candidates[0] : local - offsetBefore);
}
