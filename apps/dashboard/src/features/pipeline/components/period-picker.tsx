import { ActionIcon, Group, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { monthName, shiftPeriod, switchKind, yearOptions, yearText, type SalesPeriod } from '../lib/period';

/** A Jalali month or quarter: kind, year, month/quarter name, and previous/next. */
export function PeriodPicker({ value, onChange, currentYear }: { value: SalesPeriod; onChange: (p: SalesPeriod) => void; currentYear: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const indexes = value.kind === 'MONTH' ? Array.from({ length: 12 }, (_, i) => i + 1) : [1, 2, 3, 4];
  const rtl = i18n.dir() === 'rtl';
  return (
    <Group gap="xs" align="flex-end" data-testid="period-picker">
      <SegmentedControl
        value={value.kind}
        onChange={(k) => onChange(switchKind(value, k as SalesPeriod['kind']))}
        data={[
          { value: 'MONTH', label: t('pipeline.period.month') },
          { value: 'QUARTER', label: t('pipeline.period.quarter') },
        ]}
        data-testid="period-kind"
      />
      <ActionIcon variant="default" size="lg" onClick={() => onChange(shiftPeriod(value, -1))} aria-label={t('pipeline.period.previous')}>{rtl ? '›' : '‹'}</ActionIcon>
      <Select
        w={170}
        aria-label={value.kind === 'MONTH' ? t('pipeline.period.month') : t('pipeline.period.quarter')}
        data={indexes.map((i) => ({ value: String(i), label: value.kind === 'MONTH' ? monthName(i, lang) : t(`pipeline.period.quarters.${i}`) }))}
        value={String(value.index)}
        onChange={(v) => v && onChange({ ...value, index: Number(v) })}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        data-testid="period-index"
      />
      <Select
        w={100}
        aria-label={t('pipeline.period.year')}
        data={yearOptions(currentYear).map((y) => ({ value: String(y), label: yearText(y, lang) }))}
        value={String(value.jalaliYear)}
        onChange={(v) => v && onChange({ ...value, jalaliYear: Number(v) })}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        data-testid="period-year"
      />
      <ActionIcon variant="default" size="lg" onClick={() => onChange(shiftPeriod(value, 1))} aria-label={t('pipeline.period.next')}>{rtl ? '‹' : '›'}</ActionIcon>
    </Group>
  );
}
