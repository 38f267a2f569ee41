import { Group, Input, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import {
  JALALI_MONTH_NAMES_EN,
  JALALI_MONTH_NAMES_FA,
  isValidGregorianDate,
  isValidJalaliDate,
} from '@peyvand/calendar';
import { toLatinDigits } from '@peyvand/text';
import { useTranslation } from 'react-i18next';
import type { CalendarSystem } from '@/gql/graphql';

/** Form state of a date typed as year / month / day in a chosen calendar (strings while editing). */
export interface CalendarDateValue {
  calendar: CalendarSystem;
  year: string;
  month: string;
  day: string;
}

export const emptyCalendarDate = (locale: string): CalendarDateValue => ({
  calendar: locale === 'fa' ? 'JALALI' : 'GREGORIAN',
  year: '',
  month: '',
  day: '',
});

export function calendarDateValueOf(
  date: { calendar: CalendarSystem; year?: number | null; month: number; day: number } | null | undefined,
  locale: string,
): CalendarDateValue {
  if (!date) return emptyCalendarDate(locale);
  return { calendar: date.calendar, year: date.year ? String(date.year) : '', month: String(date.month), day: String(date.day) };
}

const num = (s: string) => Number(toLatinDigits(s.trim()));

export function isCalendarDateEmpty(v: CalendarDateValue): boolean {
  return !v.year.trim() && !v.month && !v.day.trim();
}

/** The API input, or null when nothing was entered. */
export function toCalendarDateInput(v: CalendarDateValue) {
  if (isCalendarDateEmpty(v)) return null;
  return { calendar: v.calendar, year: v.year.trim() ? num(v.year) : null, month: num(v.month), day: num(v.day) };
}

/** Validation: returns a translation key or null. */
export function calendarDateError(v: CalendarDateValue, { required = false, requireYear = false } = {}): string | null {
  if (isCalendarDateEmpty(v)) return required ? 'validation.required' : null;
  const year = v.year.trim() ? num(v.year) : null;
  const month = num(v.month);
  const day = num(v.day);
  if ((requireYear && year === null) || !month || !Number.isInteger(day) || day < 1) return 'validation.date';
  if (year !== null && (!Number.isInteger(year) || year < 1)) return 'validation.date';
  // Without a year, check against a leap year so 30 Esfand / 29 February stay possible.
  const y = year ?? (v.calendar === 'JALALI' ? 1403 : 2024);
  const ok = v.calendar === 'JALALI' ? isValidJalaliDate({ year: y, month, day }) : isValidGregorianDate({ year: y, month, day });
  return ok ? null : 'validation.date';
}

const GREGORIAN_MONTHS = (locale: string) =>
  Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR-u-ca-gregory' : 'en-US', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, i, 1)),
    ),
  );

interface CalendarDateInputProps {
  label: string;
  value: CalendarDateValue;
  onChange: (value: CalendarDateValue) => void;
  error?: React.ReactNode;
  required?: boolean;
  /** Year is optional for yearly dates (a birthday without the year). */
  yearOptional?: boolean;
  'data-testid'?: string;
}

/** Year / month / day with a Jalali ⇄ Gregorian switch; month names in the active language. */
export function CalendarDateInput({ label, value, onChange, error, required, yearOptional = true, ...rest }: CalendarDateInputProps) {
  const { t, i18n } = useTranslation();
  const monthNames =
    value.calendar === 'JALALI' ? (i18n.language === 'fa' ? JALALI_MONTH_NAMES_FA : JALALI_MONTH_NAMES_EN) : GREGORIAN_MONTHS(i18n.language);
  const set = (patch: Partial<CalendarDateValue>) => onChange({ ...value, ...patch });
  return (
    <Input.Wrapper label={label} required={required} error={error} data-testid={rest['data-testid']}>
      <Stack gap={6} mt={4}>
        <SegmentedControl
          size="xs"
          w="fit-content"
          value={value.calendar}
          onChange={(calendar) => set({ calendar: calendar as CalendarSystem, month: value.month })}
          data={[
            { value: 'JALALI', label: t('calendar.JALALI') },
            { value: 'GREGORIAN', label: t('calendar.GREGORIAN') },
          ]}
          aria-label={t('calendar.label')}
        />
        <Group gap="xs" wrap="nowrap" grow>
          <TextInput
            aria-label={t('calendar.day')}
            placeholder={t('calendar.day')}
            inputMode="numeric"
            value={value.day}
            onChange={(e) => set({ day: e.currentTarget.value })}
            error={!!error}
            data-testid="date-day"
          />
          <Select
            aria-label={t('calendar.month')}
            placeholder={t('calendar.month')}
            data={monthNames.map((name, i) => ({ value: String(i + 1), label: name }))}
            value={value.month || null}
            onChange={(m) => set({ month: m ?? '' })}
            error={!!error}
            comboboxProps={{ withinPortal: true }}
            data-testid="date-month"
          />
          <TextInput
            aria-label={t('calendar.year')}
            placeholder={yearOptional ? t('calendar.yearOptional') : t('calendar.year')}
            inputMode="numeric"
            value={value.year}
            onChange={(e) => set({ year: e.currentTarget.value })}
            error={!!error}
            data-testid="date-year"
          />
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
