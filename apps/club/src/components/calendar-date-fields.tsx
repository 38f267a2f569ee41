import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JALALI_MONTH_NAMES_EN, JALALI_MONTH_NAMES_FA } from '@peyvand/calendar';
import { localDigits } from '@/lib/format';
import { codeDigits } from '@/lib/mobile';

export interface CalendarDateValue {
  calendar: 'JALALI' | 'GREGORIAN';
  year: number | null;
  month: number | null;
  day: number | null;
}

/** Day, month and (optional) year in the reader's calendar: Jalali in Persian, Gregorian in English. */
export function emptyCalendarDate(locale: string): CalendarDateValue {
  return { calendar: locale === 'fa' ? 'JALALI' : 'GREGORIAN', year: null, month: null, day: null };
}

export function CalendarDateFields({ value, onChange, label, error }: { value: CalendarDateValue; onChange: (v: CalendarDateValue) => void; label: string; error?: string | null }) {
  const { t, i18n } = useTranslation();
  const months =
    value.calendar === 'JALALI'
      ? (i18n.language === 'fa' ? JALALI_MONTH_NAMES_FA : JALALI_MONTH_NAMES_EN).map((name, i) => ({ value: String(i + 1), label: name }))
      : Array.from({ length: 12 }, (_, i) => ({
          value: String(i + 1),
          label: new Intl.DateTimeFormat(i18n.language === 'fa' ? 'fa-IR' : 'en-US', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
        }));
  // Typed in Persian or Latin digits (a Persian keyboard gives ۱۲۳), shown in the reader's digits.
  const num = (text: string, length: number) => {
    const digits = codeDigits(text, length);
    return digits ? Number(digits) : null;
  };
  const shown = (v: number | null) => (v === null ? '' : localDigits(String(v), i18n.language));
  return (
    <Group gap="xs" grow align="flex-start" wrap="nowrap" role="group" aria-label={label}>
      <TextInput label={label} placeholder={t('dates.day')} inputMode="numeric" value={shown(value.day)} onChange={(e) => onChange({ ...value, day: num(e.currentTarget.value, 2) })} error={error} data-testid="date-day" />
      <Select label={t('dates.month')} data={months} value={value.month ? String(value.month) : null} onChange={(v) => onChange({ ...value, month: v ? Number(v) : null })} data-testid="date-month" />
      <TextInput label={t('dates.yearOptional')} inputMode="numeric" value={shown(value.year)} onChange={(e) => onChange({ ...value, year: num(e.currentTarget.value, 4) })} data-testid="date-year" />
    </Group>
  );
}
