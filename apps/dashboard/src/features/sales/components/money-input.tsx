import { Group, SegmentedControl, TextInput, type TextInputProps } from '@mantine/core';
import type { MoneyUnit } from '@peyvand/text';
import { useTranslation } from 'react-i18next';

/**
 * An amount typed in Toman or Rial (Persian or ASCII digits, separators allowed); the parent turns it into integer Rial
 * with `inputToRial(value, unit)`. With `onUnitChange` the unit can be switched next to the field.
 */
export function MoneyInput({
  value,
  onChange,
  unit,
  onUnitChange,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
  unit: MoneyUnit;
  onUnitChange?: (unit: MoneyUnit) => void;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const input = (
    <TextInput
      {...props}
      inputMode="decimal"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      rightSection={onUnitChange ? undefined : <span style={{ fontSize: 12, color: 'var(--mantine-color-dimmed)' }}>{t(`currency.${unit}`)}</span>}
      rightSectionWidth={onUnitChange ? undefined : 56}
      styles={{ input: { direction: 'ltr', textAlign: 'end' } }}
    />
  );
  if (!onUnitChange) return input;
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <div style={{ flex: 1 }}>{input}</div>
      <SegmentedControl
        size="sm"
        value={unit}
        onChange={(v) => onUnitChange(v as MoneyUnit)}
        data={[
          { value: 'IRT', label: t('currency.IRT') },
          { value: 'IRR', label: t('currency.IRR') },
        ]}
        data-testid="money-unit"
      />
    </Group>
  );
}
