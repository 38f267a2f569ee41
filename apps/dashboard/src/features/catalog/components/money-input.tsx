import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMoney } from '@/lib/use-money';

/** An amount typed in the workspace's display currency (Toman or Rial); the unit sits at the end of the box. */
export function MoneyInput(props: TextInputProps & { 'data-testid'?: string }) {
  const { t } = useTranslation();
  const { unit } = useMoney();
  return (
    <TextInput
      inputMode="decimal"
      dir="ltr"
      rightSection={<Text size="xs" c="dimmed">{t(`currency.${unit}`)}</Text>}
      rightSectionWidth={56}
      styles={{ input: { textAlign: 'start' } }}
      {...props}
    />
  );
}
