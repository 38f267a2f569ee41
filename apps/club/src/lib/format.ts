import { formatJalali, jalaliMonthName, parseISODate, toGregorianDate, toJalali, type PlainDate } from '@peyvand/calendar';
import { formatIranianPhone } from '@peyvand/phone';
import { formatMoney, toPersianDigits, type MoneyUnit } from '@peyvand/text';

// Persian → Jalali calendar and Persian digits; English → Gregorian.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withTime}`;
  let f = dateFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-US', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'Asia/Tehran',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    });
    dateFormatters.set(key, f);
  }
  return f;
}

export function formatDate(value: string | Date | null | undefined, locale: string, withTime = false): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return dateFormatter(locale, withTime).format(date);
}

/** A Gregorian day ('YYYY-MM-DD' from the API) → Jalali in fa, Gregorian in en. */
export function formatPlainDate(date: PlainDate | string | null | undefined, locale: string): string {
  if (!date) return '';
  const g = typeof date === 'string' ? parseISODate(date) : date;
  if (!g) return typeof date === 'string' ? date : '';
  if (locale === 'fa') return formatJalali(toJalali(g), { style: 'long', digits: 'fa', locale: 'fa' });
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(g.year, g.month - 1, g.day)),
  );
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US').format(value);
}

/** Codes, phone numbers and other digit strings in the reader's digits. */
export function localDigits(text: string, locale: string): string {
  return locale === 'fa' ? toPersianDigits(text) : text;
}

/** The workspace's display unit: "IRR" (Rial) or "IRT" (Toman, the default). The API always speaks integer Rial. */
export function moneyUnitOf(displayCurrency: string | null | undefined): MoneyUnit {
  return displayCurrency === 'IRR' ? 'IRR' : 'IRT';
}

export function formatRial(rial: number | bigint | string | null | undefined, unit: MoneyUnit, locale: string): string {
  if (rial === null || rial === undefined || rial === '') return '';
  return formatMoney(rial, { unit, locale: locale === 'fa' ? 'fa' : 'en' });
}

/** A date as the API keeps birthdays and anniversaries: in the calendar it was entered in, the year optional. */
export interface CalendarDateLike {
  calendar: string;
  year?: number | null;
  month: number;
  day: number;
}

/**
 * "۵ آذر ۱۳۷۰" in fa, "November 26, 1991" in en: a full date in the reader's calendar; a yearly date without a year in
 * the calendar it was entered in.
 */
export function formatCalendarDate(date: CalendarDateLike | null | undefined, locale: string): string {
  if (!date) return '';
  const jalali = date.calendar.toLowerCase() === 'jalali';
  if (date.year) {
    try {
      return formatPlainDate(toGregorianDate({ calendar: jalali ? 'jalali' : 'gregorian', year: date.year, month: date.month, day: date.day }), locale);
    } catch {
      return '';
    }
  }
  const month = jalali
    ? jalaliMonthName(date.month, locale === 'fa' ? 'fa' : 'en')
    : new Intl.DateTimeFormat(`${locale === 'fa' ? 'fa-IR' : 'en-US'}-u-ca-gregory`, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, date.month - 1, 1)));
  return locale === 'fa' ? `${toPersianDigits(String(date.day))} ${month}` : `${month} ${date.day}`;
}

/** "۰۹۱۲ ۰۰۰ ۱۱۰۱" in fa, "0912 000 1101" in en (wrap in <Ltr> inside Persian text). */
export function formatPhone(phone: string | null | undefined, locale: string): string {
  if (!phone) return '';
  return formatIranianPhone(phone, { digits: locale === 'fa' ? 'fa' : 'latn' });
}
