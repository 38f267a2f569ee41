import { formatJalali, parseISODate, toJalali, type PlainDate } from '@peyvand/calendar';
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
