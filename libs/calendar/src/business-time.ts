import { addDays, isValidCalendarDate } from './plain-date';
import { toJalali } from './jalali';
import type { CalendarKind, GregorianDate } from './types';
import { iranianWeekday } from './week';
import { zonedDateTimeToInstant, zonedToday } from './zone';

/**
 * Business hours ("working time") arithmetic for SLAs: how much open time lies between two instants, and when a
 * given amount of open time has passed. Days are taken in the calendar's time zone (DST included: Tehran observed
 * it until 2022), so opening hours are wall-clock times on each local day.
 */

/** Wall-clock 'HH:MM' (24-hour). An `end` may be '24:00' (midnight at the end of the day). */
export interface BusinessHoursRange {
  start: string;
  end: string;
}

/** 0 = Sunday … 6 = Saturday (JavaScript's Date#getDay numbering). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A day off. Without a year it recurs every year in its own calendar (1 Farvardin, 25 December); a recurring day
 * that does not exist in some year (30 Esfand of a common Jalali year, 29 February) simply does not occur that year.
 * With a year it is one-off, e.g. lunar (Hijri) holidays entered per Jalali year.
 */
export interface BusinessHoliday {
  calendar: CalendarKind;
  year?: number;
  month: number;
  day: number;
}

export interface BusinessCalendar {
  /** IANA time zone the hours and holidays are in. */
  timeZone: string;
  /** Open ranges per weekday, 0 = Sunday … 6 = Saturday; an empty list is a closed day. */
  week: Record<Weekday, BusinessHoursRange[]>;
  holidays: BusinessHoliday[];
}

/**
 * Iran's fixed (solar) official holidays, the same every Jalali year (Labour Law art. 63 and the law on official
 * holidays): 1–4 Farvardin Nowruz; 12 Farvardin Islamic Republic Day; 13 Farvardin Nature Day (Sizdah Be-dar);
 * 14 Khordad death of Imam Khomeini; 15 Khordad uprising of 15 Khordad; 22 Bahman victory of the Revolution;
 * 29 Esfand nationalisation of the oil industry (29 Esfand also in leap years: 30 Esfand is a working day).
 * The lunar (Hijri) holidays — Tasua, Ashura, Arbaeen, Eid al-Fitr, Eid al-Adha, … about ten more days — move by
 * ~11 days a year and the official dates depend on moon sighting, so they are not built in: workspaces enter them
 * per Jalali year as one-off holidays.
 */
export const IRAN_FIXED_HOLIDAYS: readonly BusinessHoliday[] = Object.freeze(
  (
    [
      [1, 1], [1, 2], [1, 3], [1, 4], [1, 12], [1, 13], [3, 14], [3, 15], [11, 22], [12, 29],
    ] as const
  ).map(([month, day]) => Object.freeze({ calendar: 'jalali' as const, month, day })),
);

const officeDay = (end = '17:00'): BusinessHoursRange[] => [Object.freeze({ start: '08:00', end }) as BusinessHoursRange];

/**
 * The default for Iranian businesses: Saturday–Wednesday 08:00–17:00, Thursday 08:00–13:00, Friday closed,
 * in Asia/Tehran, with the fixed official holidays (IRAN_FIXED_HOLIDAYS). Deeply frozen: copy it to change it.
 */
export const IRAN_DEFAULT_CALENDAR: BusinessCalendar = Object.freeze({
  timeZone: 'Asia/Tehran',
  week: Object.freeze({
    0: Object.freeze(officeDay()),
    1: Object.freeze(officeDay()),
    2: Object.freeze(officeDay()),
    3: Object.freeze(officeDay()),
    4: Object.freeze(officeDay('13:00')),
    5: Object.freeze([]),
    6: Object.freeze(officeDay()),
  }),
  holidays: IRAN_FIXED_HOLIDAYS,
}) as unknown as BusinessCalendar;

/** Round-the-clock service, every day (still in a time zone, for `isOpen` and holiday days if added). */
export function alwaysOpenCalendar(timeZone = 'UTC', holidays: BusinessHoliday[] = []): BusinessCalendar {
  const day = (): BusinessHoursRange[] => [{ start: '00:00', end: '24:00' }];
  return { timeZone, week: { 0: day(), 1: day(), 2: day(), 3: day(), 4: day(), 5: day(), 6: day() }, holidays };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

export interface BusinessCalendarProblem {
  /** Where, relative to the calendar: 'timeZone', 'week.4.0.end', 'holidays.2.day'. */
  path: string;
  message: string;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of 'HH:MM' ('24:00' only when `end`), or null when malformed. */
function minutesOf(value: unknown, end: boolean): number | null {
  if (typeof value !== 'string') return null;
  if (end && value === '24:00') return 24 * 60;
  const m = HHMM.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function isTimeZone(tz: unknown): boolean {
  if (typeof tz !== 'string' || tz === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/** Every problem of a calendar (empty when usable): bad 'HH:MM', end ≤ start, overlapping ranges, invalid holidays. */
export function validateBusinessCalendar(cal: BusinessCalendar): BusinessCalendarProblem[] {
  const problems: BusinessCalendarProblem[] = [];
  const add = (path: string, message: string): void => void problems.push({ path, message });
  if (!cal || typeof cal !== 'object') return [{ path: '', message: 'must be a business calendar' }];
  if (!isTimeZone(cal.timeZone)) add('timeZone', 'must be an IANA time zone such as Asia/Tehran');

  if (!cal.week || typeof cal.week !== 'object') {
    add('week', 'must give the open hours of each weekday, 0 = Sunday … 6 = Saturday');
  } else {
    for (const key of Object.keys(cal.week)) {
      if (!WEEKDAYS.some((d) => String(d) === key)) add(`week.${key}`, 'is not a weekday (0 = Sunday … 6 = Saturday)');
    }
    for (const d of WEEKDAYS) {
      const ranges = (cal.week as Record<number, unknown>)[d];
      if (!Array.isArray(ranges)) {
        add(`week.${d}`, 'must be a list of open ranges (empty when closed)');
        continue;
      }
      const parsed: Array<{ start: number; end: number; index: number }> = [];
      ranges.forEach((r: Partial<BusinessHoursRange> | null, i) => {
        const start = minutesOf(r?.start, false);
        const end = minutesOf(r?.end, true);
        if (start === null) add(`week.${d}.${i}.start`, 'must be a time HH:MM between 00:00 and 23:59');
        if (end === null) add(`week.${d}.${i}.end`, 'must be a time HH:MM between 00:01 and 24:00');
        if (start === null || end === null) return;
        if (end <= start) add(`week.${d}.${i}.end`, `must be later than the start (${r!.start})`);
        else parsed.push({ start, end, index: i });
      });
      parsed.sort((a, b) => a.start - b.start || a.index - b.index);
      for (let i = 1; i < parsed.length; i++) {
        const prev = parsed[i - 1];
        const cur = parsed[i];
        if (cur.start < prev.end) {
          const later = Math.max(cur.index, prev.index);
          const other = Math.min(cur.index, prev.index);
          add(`week.${d}.${later}.start`, `overlaps range ${other} of the same day`);
        }
      }
    }
  }

  if (!Array.isArray(cal.holidays)) {
    add('holidays', 'must be a list');
  } else {
    cal.holidays.forEach((h: Partial<BusinessHoliday> | null, i) => {
      const at = `holidays.${i}`;
      if (!h || typeof h !== 'object') return add(at, 'must be a date');
      if (h.calendar !== 'jalali' && h.calendar !== 'gregorian') return add(`${at}.calendar`, "must be 'jalali' or 'gregorian'");
      if (h.year !== undefined && h.year !== null && (!Number.isInteger(h.year) || h.year < 1 || h.year > 9999)) {
        return add(`${at}.year`, 'must be a whole year, or absent for a holiday that recurs every year');
      }
      if (!Number.isInteger(h.month) || h.month! < 1 || h.month! > 12) return add(`${at}.month`, 'must be 1–12');
      const date = { calendar: h.calendar, year: h.year ?? undefined, month: h.month!, day: h.day as number };
      if (!Number.isInteger(h.day) || !isValidCalendarDate(date)) {
        const name = h.calendar === 'jalali' ? 'Jalali' : 'Gregorian';
        add(`${at}.day`, `is not a day of that ${name} month${h.year != null ? ` in ${h.year}` : ''}`);
      }
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Arithmetic

interface Compiled {
  timeZone: string;
  /** Per weekday (0 = Sunday), sorted, merged ranges as [startMinute, endMinute). */
  week: Array<Array<[number, number]>>;
  holidays: Set<string>;
  /** No open time at all in a week: nothing can ever be open. */
  neverOpen: boolean;
}

const compiledCache = new WeakMap<BusinessCalendar, Compiled>();

/** Calendars are treated as immutable: a compiled form is cached per object. */
function compile(cal: BusinessCalendar): Compiled {
  const cached = compiledCache.get(cal);
  if (cached) return cached;
  const problems = validateBusinessCalendar(cal);
  if (problems.length > 0) {
    throw new RangeError(`Invalid business calendar: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  const week = WEEKDAYS.map((d) => {
    const ranges = cal.week[d]
      .map((r): [number, number] => [minutesOf(r.start, false)!, minutesOf(r.end, true)!])
      .sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return merged;
  });
  const holidays = new Set(cal.holidays.map((h) => holidayKey(h.calendar, h.year ?? null, h.month, h.day)));
  const compiled: Compiled = { timeZone: cal.timeZone, week, holidays, neverOpen: week.every((r) => r.length === 0) };
  compiledCache.set(cal, compiled);
  return compiled;
}

function holidayKey(calendar: CalendarKind, year: number | null, month: number, day: number): string {
  return `${calendar}:${year ?? '*'}:${month}:${day}`;
}

function isHolidayDate(c: Compiled, g: GregorianDate): boolean {
  if (c.holidays.size === 0) return false;
  const j = toJalali(g);
  return (
    c.holidays.has(holidayKey('jalali', null, j.month, j.day)) ||
    c.holidays.has(holidayKey('jalali', j.year, j.month, j.day)) ||
    c.holidays.has(holidayKey('gregorian', null, g.month, g.day)) ||
    c.holidays.has(holidayKey('gregorian', g.year, g.month, g.day))
  );
}

const timeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Instant (ms) of a wall-clock minute of a local day; minute 1440 is the next day's midnight. */
function instantOf(c: Compiled, date: GregorianDate, minute: number): number {
  if (minute >= 1440) return zonedDateTimeToInstant(addDays(date, 1), timeOf(minute - 1440), c.timeZone).getTime();
  return zonedDateTimeToInstant(date, timeOf(minute), c.timeZone).getTime();
}

/** Open intervals [start, end) in ms of one local day (none on holidays). */
function dayIntervals(c: Compiled, date: GregorianDate): Array<[number, number]> {
  const ranges = c.week[(iranianWeekday(date) + 6) % 7];
  if (ranges.length === 0 || isHolidayDate(c, date)) return [];
  const out: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const start = instantOf(c, date, s);
    const end = instantOf(c, date, e);
    // A range inside a DST gap can collapse; skip it rather than count negative time.
    if (end > start) out.push([start, end]);
  }
  return out;
}

/** Beyond this many consecutive days without open time the calendar is considered never open. */
const MAX_CLOSED_DAYS = 2 * 366 + 7;

/** Open intervals, in order, clipped to begin no earlier than `fromMs`. */
function* openIntervals(c: Compiled, fromMs: number): Generator<[number, number]> {
  if (c.neverOpen) throw new RangeError('The business calendar has no open hours');
  // Start a day early: a range ending at 24:00, or a DST shift, can reach into the next local day.
  let date = addDays(zonedToday(fromMs, c.timeZone), -1);
  let closedDays = 0;
  for (;;) {
    let any = false;
    for (const [start, end] of dayIntervals(c, date)) {
      any = true;
      if (end <= fromMs) continue;
      yield [Math.max(start, fromMs), end];
    }
    closedDays = any ? 0 : closedDays + 1;
    if (closedDays > MAX_CLOSED_DAYS) throw new RangeError('The business calendar has no open hours for over two years');
    date = addDays(date, 1);
  }
}

function ms(at: Date | number, name: string): number {
  const v = typeof at === 'number' ? at : at instanceof Date ? at.getTime() : NaN;
  if (!Number.isFinite(v)) throw new RangeError(`${name} is not a valid instant`);
  return v;
}

/** Whether the business is open at an instant (ranges are [start, end)). */
export function isOpen(at: Date | number, cal: BusinessCalendar): boolean {
  const c = compile(cal);
  if (c.neverOpen) return false;
  const t = ms(at, 'at');
  const today = zonedToday(t, c.timeZone);
  for (const date of [addDays(today, -1), today]) {
    if (dayIntervals(c, date).some(([s, e]) => s <= t && t < e)) return true;
  }
  return false;
}

/** The first instant at or after `at` when the business is open (`at` itself when open). */
export function nextOpening(at: Date | number, cal: BusinessCalendar): Date {
  const c = compile(cal);
  const first = openIntervals(c, ms(at, 'at')).next();
  return new Date((first.value as [number, number])[0]);
}

/**
 * The instant when `minutes` of open time have passed since `start`: the earliest t ≥ start with
 * businessMinutesBetween(start, t) === minutes. Starting outside hours, counting starts at the next opening; a target
 * used up exactly at closing time is due at closing (16:00 + 60 min on a day closing at 17:00 → 17:00).
 * `minutes` may be fractional (millisecond precision); 0 returns `start`.
 */
export function addBusinessMinutes(start: Date | number, minutes: number, cal: BusinessCalendar): Date {
  const c = compile(cal);
  const from = ms(start, 'start');
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`minutes must be a finite number ≥ 0: ${minutes}`);
  let remaining = Math.round(minutes * 60_000);
  if (remaining === 0) return new Date(from);
  for (const [s, e] of openIntervals(c, from)) {
    if (e - s >= remaining) return new Date(s + remaining);
    remaining -= e - s;
  }
  /* istanbul ignore next: openIntervals never ends */
  throw new Error('unreachable');
}

/**
 * Open time between two instants, in minutes (fractional when the instants are not on whole minutes); negative when
 * `b` is before `a`.
 */
export function businessMinutesBetween(a: Date | number, b: Date | number, cal: BusinessCalendar): number {
  const c = compile(cal);
  const from = ms(a, 'a');
  const to = ms(b, 'b');
  if (to < from) return -businessMinutesBetween(to, from, cal);
  if (to === from || c.neverOpen) return 0;
  let total = 0;
  for (const [s, e] of openIntervals(c, from)) {
    if (s >= to) break;
    total += Math.min(e, to) - s;
  }
  return total / 60_000;
}
