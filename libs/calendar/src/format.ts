import { BIDI_MARKS, latinDigits, persianDigits } from './digits';
import { isValidJalaliDate, toGregorian } from './jalali';
import type { JalaliDate } from './types';
import { iranianWeekdayName } from './week';

export type Digits = 'fa' | 'latn';
export type NameLocale = 'fa' | 'en';

export const JALALI_MONTH_NAMES_FA: readonly string[] = [
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
];

export const JALALI_MONTH_NAMES_EN: readonly string[] = [
  'Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand',
];

/** Name of a Jalali month (1 = Farvardin). */
export function jalaliMonthName(month: number, locale: NameLocale = 'fa'): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Invalid Jalali month: ${month}`);
  return (locale === 'fa' ? JALALI_MONTH_NAMES_FA : JALALI_MONTH_NAMES_EN)[month - 1];
}

/**
 * Parses a numeric Jalali date 'YYYY/MM/DD' (also '-', '.' separators, unpadded parts, Persian or
 * Arabic-Indic digits, stray bidi marks). Returns null when malformed or not a real date.
 */
export function parseJalali(input: string): JalaliDate | null {
  const s = latinDigits(input.replace(BIDI_MARKS, '')).trim();
  const m = /^(\d{3,4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})$/.exec(s);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidJalaliDate(date) ? date : null;
}

export interface FormatJalaliOptions {
  /** 'fa' = ۰-۹ (default for locale 'fa'), 'latn' = 0-9 (default for locale 'en'). */
  digits?: Digits;
  /** 'numeric' = 1403/12/30 (default); 'long' = 30 Esfand 1403 / ۳۰ اسفند ۱۴۰۳. */
  style?: 'numeric' | 'long';
  /** Language of month and weekday names in the long style; default 'fa'. */
  locale?: NameLocale;
  /** Prefix the weekday name (long style only). */
  weekday?: boolean;
  /** Separator for the numeric style; default '/'. */
  separator?: string;
}

export function formatJalali(date: JalaliDate, options: FormatJalaliOptions = {}): string {
  if (!isValidJalaliDate(date)) throw new RangeError(`Invalid Jalali date: ${JSON.stringify(date)}`);
  const locale = options.locale ?? 'fa';
  const digits = options.digits ?? (locale === 'fa' ? 'fa' : 'latn');
  let text: string;
  if (options.style === 'long') {
    text = `${date.day} ${jalaliMonthName(date.month, locale)} ${date.year}`;
    if (options.weekday) {
      const name = iranianWeekdayName(toGregorian(date), locale);
      text = `${name} ${text}`;
    }
  } else {
    const sep = options.separator ?? '/';
    text = [String(date.year), String(date.month).padStart(2, '0'), String(date.day).padStart(2, '0')].join(sep);
  }
  return digits === 'fa' ? persianDigits(text) : text;
}
