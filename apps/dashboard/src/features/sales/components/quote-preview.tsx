import { Alert, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuoteQuery } from '@/gql/graphql';
import { useMoney } from '@/lib/use-money';
import { fieldMessageText } from '../lib/server-text';

type Quote = QuoteQuery['quote'];

function Row({ label, value, strong, testId, color }: { label: string; value: string; strong?: boolean; testId?: string; color?: string }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm" c={strong ? undefined : 'dimmed'} fw={strong ? 700 : undefined}>{label}</Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 500} c={color} data-testid={testId}>{value}</Text>
    </Group>
  );
}

/** The server's price for the lines as they stand: base, discounts (price lists, coupon), tax and total. */
export function QuotePreview({ quote, loading, stale }: { quote: Quote | undefined; loading: boolean; stale?: boolean }) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <Stack gap={8} data-testid="quote-preview" data-loading={loading || stale ? 'true' : 'false'} style={{ opacity: stale ? 0.6 : 1 }}>
      <Group justify="space-between">
        <Text fw={600}>{t('sales.quote.title')}</Text>
        {loading && <Loader size="xs" />}
      </Group>
      {!quote && <Text size="sm" c="dimmed">{t('sales.quote.empty')}</Text>}
      {quote && (
        <>
          <Row label={t('sales.totals.subtotal')} value={money.format(quote.subtotal)} testId="quote-subtotal" />
          <Row label={t('sales.quote.priceListDiscount')} value={money.format(quote.discountTotal - quote.couponDiscount)} testId="quote-price-discount" />
          <Row
            label={quote.coupon ? t('sales.quote.couponWithCode', { code: quote.coupon.code }) : t('sales.totals.coupon')}
            value={money.format(quote.couponDiscount)}
            testId="quote-coupon"
          />
          <Row label={t('sales.totals.tax')} value={money.format(quote.taxTotal)} testId="quote-tax" />
          <Divider />
          <Row label={t('sales.totals.total')} value={money.format(quote.total)} strong testId="quote-total" />
          {quote.problems.length > 0 && (
            <Alert color="orange" variant="light" data-testid="quote-problems">
              <Stack gap={2}>
                {quote.problems.map((p) => (
                  <Text key={`${p.field}:${p.message}`} size="sm">{fieldMessageText(p.message, t)}</Text>
                ))}
              </Stack>
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}
