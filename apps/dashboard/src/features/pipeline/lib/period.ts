import { JALALI_MONTH_NAMES_EN, JALALI_MONTH_NAMES_FA, toJalali, zonedToday } from '@peyvand/calendar';
import { toPersianDigits } from '@peyvand/text';

/** A Jalali month (1–12, 1 = Farvardin) or quarter (1–4: spring, summer, autumn, winter). */
export interface SalesPeriod {
  kind: 'MONTH' | 'QUARTER';
  jalaliYear: number;
  index: number;
}

export const quarterOfMonth = (month: number) => Math.floor((month - 1) / 3) + 1;

/** The period containing `now` in the workspace time zone. */
export function currentPeriod(kind: SalesPeriod['kind'], now: Date = new Date(), timeZone = 'Asia/Tehran'): SalesPeriod {
  const today = toJalali(zonedToday(now, timeZone));
  return { kind, jalaliYear: today.year, index: kind === 'MONTH' ? today.month : quarterOfMonth(today.month) };
}

/** The API's `SalesPeriodInput`. */
export function periodInput(period: SalesPeriod): { jalaliYear: number; month?: number; quarter?: number } {
  return period.kind === 'MONTH' ? { jalaliYear: period.jalaliYear, month: period.index } : { jalaliYear: period.jalaliYear, quarter: period.index };
}

/** The period `delta` months/quarters away (across years). */
export function shiftPeriod(period: SalesPeriod, delta: number): SalesPeriod {
  const size = period.kind === 'MONTH' ? 12 : 4;
  const zeroBased = period.jalaliYear * size + (period.index - 1) + delta;
  return { kind: period.kind, jalaliYear: Math.floor(zeroBased / size), index: (zeroBased % size) + 1 };
}

/** Switching month ↔ quarter keeps the time: month 8 → quarter 3; quarter 3 → its first month (7). */
export function switchKind(period: SalesPeriod, kind: SalesPeriod['kind']): SalesPeriod {
  if (period.kind === kind) return period;
  return kind === 'QUARTER'
    ? { kind, jalaliYear: period.jalaliYear, index: quarterOfMonth(period.index) }
    : { kind, jalaliYear: period.jalaliYear, index: (period.index - 1) * 3 + 1 };
}

/** The months a quarter spans. */
export const monthsOfQuarter = (quarter: number) => [0, 1, 2].map((i) => (quarter - 1) * 3 + 1 + i);

export function monthName(month: number, locale: string): string {
  return (locale === 'fa' ? JALALI_MONTH_NAMES_FA : JALALI_MONTH_NAMES_EN)[month - 1] ?? String(month);
}

/** Years offered by the period picker: a few back and one ahead. */
export function yearOptions(current: number, back = 4, ahead = 1): number[] {
  const years: number[] = [];
  for (let y = current + ahead; y >= current - back; y--) years.push(y);
  return years;
}

export function yearText(year: number, locale: string): string {
  return locale === 'fa' ? toPersianDigits(String(year)) : String(year);
}
