import { Group, Text } from '@mantine/core';
import { useMoney } from '@/lib/club-context';

/** The price to pay, with the list price struck through when the member pays less. */
export function PriceText({ price, basePrice, size = 'md' }: { price: number; basePrice?: number; size?: 'sm' | 'md' | 'lg' }) {
  const money = useMoney();
  return (
    <Group gap={6} wrap="wrap" align="baseline">
      <Text fw={700} size={size} data-testid="price">{money.format(price)}</Text>
      {basePrice !== undefined && basePrice > price && (
        <Text size="xs" c="dimmed" td="line-through" data-testid="base-price">{money.format(basePrice)}</Text>
      )}
    </Group>
  );
}
