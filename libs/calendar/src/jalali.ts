import type { GregorianDate, JalaliDate } from './types';

// Leap years follow the 33-year arithmetic cycle ((25y + 11) mod 33 < 8), the rule ICU/CLDR use, plus
// ICU's table of corrections: in each listed year the cycle's leap day moves to the following year
// (astronomical vernal-equinox drift). This makes conversions agree exactly with
// Intl.DateTimeFormat('...-u-ca-persian'); all arithmetic is on integer Julian Day Numbers.
const NON_LEAP_CORRECTION = new Set<number>([
  1502, 1601, 1634, 1667, 1700, 1733, 1766, 1799, 1832, 1865, 1898, 1931, 1964, 1997, 2030, 2059, 2063, 2096, 2129,
  2158, 2162, 2191, 2195, 2224, 2228, 2257, 2261, 2290, 2294, 2323, 2327, 2356, 2360, 2389, 2393, 2422, 2426, 2455,
  2459, 2488, 2492, 2521, 2525, 2554, 2558, 2587, 2591, 2620, 2624, 2653, 2657, 2686, 2690, 2719, 2723, 2748, 2752,
  2756, 2781, 2785, 2789, 2818, 2822, 2847, 2851, 2855, 2880, 2884, 2888, 2913, 2917, 2921, 2946, 2950, 2954, 2979,
  2983, 2987,
]);

/** Smallest and largest Jalali years accepted. */
export const MIN_JALALI_YEAR = 1;
export const MAX_JALALI_YEAR = 9999;

/** JDN of the day before 1 Farvardin 1 AP. */
const PERSIAN_EPOCH_JDN = 1948320;

const div = (a: number, b: number): number => Math.floor(a / b);
const mod = (a: number, b: number): number => a - Math.floor(a / b) * b;

function assertJalaliYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_JALALI_YEAR || year > MAX_JALALI_YEAR) {
    throw new RangeError(`Jalali year out of supported range: ${year}`);
  }
}

/** JDN of 1 Farvardin of `year`. */
function farvardinFirst(year: number): number {
  const correction = NON_LEAP_CORRECTION.has(year - 1) ? 1 : 0;
  return PERSIAN_EPOCH_JDN + 365 * (year - 1) + div(8 * year + 21, 33) - correction;
}

/** Julian Day Number of a proleptic Gregorian date. */
export function gregorianToJdn(year: number, month: number, day: number): number {
  const a = div(14 - month, 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + div(153 * m + 2, 5) + 365 * y + div(y, 4) - div(y, 100) + div(y, 400) - 32045;
}

export function jdnToGregorian(jdn: number): GregorianDate {
  const a = jdn + 32044;
  const b = div(4 * a + 3, 146097);
  const c = a - div(146097 * b, 4);
  const d = div(4 * c + 3, 1461);
  const e = c - div(1461 * d, 4);
  const m = div(5 * e + 2, 153);
  return {
    year: 100 * b + d - 4800 + div(m, 10),
    month: m + 3 - 12 * div(m, 10),
    day: e - div(153 * m + 2, 5) + 1,
  };
}

export function jalaliToJdn(year: number, month: number, day: number): number {
  assertJalaliYear(year);
  return farvardinFirst(year) + (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
}

export function jdnToJalali(jdn: number): JalaliDate {
  let year = div(33 * (jdn - PERSIAN_EPOCH_JDN) + 3, 12053) + 1;
  while (year > MIN_JALALI_YEAR && jdn < farvardinFirst(year)) year -= 1;
  while (jdn >= farvardinFirst(year + 1)) year += 1;
  assertJalaliYear(year);
  const dayOfYear = jdn - farvardinFirst(year);
  if (dayOfYear < 186) return { year, month: div(dayOfYear, 31) + 1, day: mod(dayOfYear, 31) + 1 };
  const rest = dayOfYear - 186;
  return { year, month: 7 + div(rest, 30), day: mod(rest, 30) + 1 };
}

export function isJalaliLeapYear(year: number): boolean {
  assertJalaliYear(year);
  if (NON_LEAP_CORRECTION.has(year)) return false;
  if (NON_LEAP_CORRECTION.has(year - 1)) return true;
  return mod(25 * year + 11, 33) < 8;
}

/** Days in a Jalali month: 31 for Farvardin-Shahrivar, 30 for Mehr-Bahman, 29 or 30 for Esfand. */
export function jalaliMonthLength(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Invalid Jalali month: ${month}`);
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isJalaliLeapYear(year) ? 30 : 29;
}

export function isValidJalaliDate(date: JalaliDate): boolean {
  const { year, month, day } = date;
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < MIN_JALALI_YEAR || year > MAX_JALALI_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= jalaliMonthLength(year, month);
}

export function isGregorianLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function gregorianMonthLength(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Invalid Gregorian month: ${month}`);
  if (month === 2) return isGregorianLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidGregorianDate(date: GregorianDate): boolean {
  const { year, month, day } = date;
  if (![year, month, day].every(Number.isInteger)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= gregorianMonthLength(year, month);
}

/** Gregorian -> Jalali. Throws RangeError on an invalid date. */
export function toJalali(date: GregorianDate): JalaliDate {
  if (!isValidGregorianDate(date)) throw new RangeError(`Invalid Gregorian date: ${JSON.stringify(date)}`);
  return jdnToJalali(gregorianToJdn(date.year, date.month, date.day));
}

/** Jalali -> Gregorian. Throws RangeError on an invalid date (e.g. 30 Esfand of a common year). */
export function toGregorian(date: JalaliDate): GregorianDate {
  if (!isValidJalaliDate(date)) throw new RangeError(`Invalid Jalali date: ${JSON.stringify(date)}`);
  return jdnToGregorian(jalaliToJdn(date.year, date.month, date.day));
}
