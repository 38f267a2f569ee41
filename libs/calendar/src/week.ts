import { gregorianToJdn } from './jalali';
import { addDays, toGregorianDate } from './plain-date';
import type { DateInput, GregorianDate } from './types';

/** Weekday names in Iranian order: index 0 = Saturday (شنبه) ... 6 = Friday (جمعه). */
export const IRANIAN_WEEKDAY_NAMES_FA: readonly string[] = [
  'شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه',
];
export const IRANIAN_WEEKDAY_NAMES_EN: readonly string[] = [
  'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
];

export const IRANIAN_THURSDAY = 5;
export const IRANIAN_FRIDAY = 6;

/** Day of the Iranian week: 0 = Saturday ... 5 = Thursday, 6 = Friday. */
export function iranianWeekday(date: DateInput): number {
  const g = toGregorianDate(date);
  return (((gregorianToJdn(g.year, g.month, g.day) + 2) % 7) + 7) % 7;
}

export function iranianWeekdayName(date: DateInput | number, locale: 'fa' | 'en' = 'fa'): string {
  const index = typeof date === 'number' ? date : iranianWeekday(date);
  if (!Number.isInteger(index) || index < 0 || index > 6) throw new RangeError(`Invalid weekday index: ${index}`);
  return (locale === 'fa' ? IRANIAN_WEEKDAY_NAMES_FA : IRANIAN_WEEKDAY_NAMES_EN)[index];
}

/** The Saturday that starts the Iranian week containing `date`. */
export function startOfIranianWeek(date: DateInput): GregorianDate {
  return addDays(date, -iranianWeekday(date));
}

export interface WorkingDayOptions {
  /** Treat Thursday as a day off too (government offices, many companies); default false. */
  thursdayOff?: boolean;
  /** Official holidays (Nowruz, religious lunar holidays...) are not computed here: pass a lookup. */
  isHoliday?: (date: GregorianDate) => boolean;
}

/** Friday is always off; Thursday optionally; plus any holiday the caller supplies. */
export function isIranianWorkingDay(date: DateInput, options: WorkingDayOptions = {}): boolean {
  const weekday = iranianWeekday(date);
  if (weekday === IRANIAN_FRIDAY) return false;
  if (options.thursdayOff && weekday === IRANIAN_THURSDAY) return false;
  return !options.isHoliday?.(toGregorianDate(date));
}
