import { ActionIcon, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { MAX_QUANTITY } from '../lib/cart';

export function QuantityStepper({ value, onChange, color }: { value: number; onChange: (next: number) => void; color?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" data-testid="quantity-stepper">
      <ActionIcon variant="light" color={color} radius="xl" onClick={() => onChange(value - 1)} aria-label={t('cart.decrease')} data-testid="quantity-decrease">
        −
      </ActionIcon>
      <Text fw={700} miw={28} ta="center" data-testid="quantity">{formatNumber(value, i18n.language)}</Text>
      <ActionIcon
        variant="light"
        color={color}
        radius="xl"
        onClick={() => onChange(value + 1)}
        disabled={value >= MAX_QUANTITY}
        aria-label={t('cart.increase')}
        data-testid="quantity-increase"
      >
        +
      </ActionIcon>
    </Group>
  );
}
