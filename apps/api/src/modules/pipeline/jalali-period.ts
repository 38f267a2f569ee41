import { zonedDateTimeToInstant } from '@peyvand/calendar';
import { BadInputError } from '../../core/errors/domain-errors';
import { QuotaPeriodKind, SalesPeriod } from './models/pipeline.model';

export interface PeriodRef {
  kind: QuotaPeriodKind;
  jalaliYear: number;
  index: number;
}

/** `{ jalaliYear, month }` or `{ jalaliYear, quarter }` (exactly one) → a period reference. */
export function periodOf(input: { jalaliYear: number; month?: number | null; quarter?: number | null }, path: string): PeriodRef {
  const hasMonth = input.month != null;
  const hasQuarter = input.quarter != null;
  if (hasMonth === hasQuarter) throw BadInputError.field(`${path}.month`, 'give either month (1–12) or quarter (1–4)');
  return hasMonth
    ? { kind: QuotaPeriodKind.MONTH, jalaliYear: input.jalaliYear, index: input.month! }
    : { kind: QuotaPeriodKind.QUARTER, jalaliYear: input.jalaliYear, index: input.quarter! };
}

/**
 * The instants a Jalali month or quarter spans in a time zone: from midnight of its first day to midnight of the
 * first day after it (so Esfand ends at Nowruz whether it has 29 or 30 days; Q1 = Farvardin–Khordad, Q4 = Dey–Esfand).
 */
export function periodBounds(period: PeriodRef, timeZone: string): SalesPeriod {
  const firstMonth = period.kind === QuotaPeriodKind.MONTH ? period.index : (period.index - 1) * 3 + 1;
  const months = period.kind === QuotaPeriodKind.MONTH ? 1 : 3;
  const next = firstMonth + months;
  const startsAt = zonedDateTimeToInstant({ calendar: 'jalali', year: period.jalaliYear, month: firstMonth, day: 1 }, '00:00', timeZone);
  const endsAt = zonedDateTimeToInstant(
    { calendar: 'jalali', year: next > 12 ? period.jalaliYear + 1 : period.jalaliYear, month: next > 12 ? next - 12 : next, day: 1 },
    '00:00',
    timeZone,
  );
  return { kind: period.kind, jalaliYear: period.jalaliYear, index: period.index, startsAt, endsAt };
}
