import { Divider, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMoney } from '@/lib/club-context';

interface Totals {
  subtotal: number;
  discountTotal: number;
  taxTotal: number;
  total: number;
}

export function QuoteTotals({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const money = useMoney();
  const row = (label: string, value: string, testId?: string, strong = false) => (
    <Group justify="space-between">
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : 400}>{label}</Text>
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : 400} data-testid={testId}>{value}</Text>
    </Group>
  );
  return (
    <Stack gap={4} data-testid="quote-totals">
      {row(t('cart.subtotal'), money.format(totals.subtotal))}
      {totals.discountTotal > 0 && row(t('cart.discount'), `− ${money.format(totals.discountTotal)}`, 'quote-discount')}
      {totals.taxTotal > 0 && row(t('cart.tax'), money.format(totals.taxTotal))}
      <Divider my={4} />
      {row(t('cart.total'), money.format(totals.total), 'quote-total', true)}
    </Stack>
  );
}
