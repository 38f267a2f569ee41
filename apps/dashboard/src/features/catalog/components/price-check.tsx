import { ActionIcon, Button, Card, Grid, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { ContactPicker } from '@/features/contacts/components/contact-picker';
import { formatNumber } from '@/lib/format';
import { useMoney } from '@/lib/use-money';
import { useQuoteOnDemand } from '../api/get-quote';
import { formatBp } from '../lib/percent';
import { ProductName } from './product-name';
import { ProductPicker } from './product-picker';

/** What a chosen customer would pay now: base vs customer price, price-list and coupon discounts, tax and total. */
export function PriceCheck() {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const quote = useQuoteOnDemand();
  const [contactId, setContactId] = useState<string | null>(null);
  const [coupon, setCoupon] = useState('');
  const [lines, setLines] = useState<Array<{ key: number; productId: string | null; quantity: number | string }>>([{ key: 1, productId: null, quantity: 1 }]);
  const ready = lines.some((l) => l.productId);
  const run = () =>
    quote.mutate({
      ...(contactId ? { contactId } : {}),
      ...(coupon.trim() ? { couponCode: coupon.trim() } : {}),
      lines: lines.filter((l) => l.productId).map((l) => ({ productId: l.productId!, quantity: Math.max(1, Number(l.quantity) || 1) })),
    });
  const q = quote.data;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Card withBorder radius="lg" padding="lg" data-testid="price-check">
          <Stack>
            <Text size="sm" c="dimmed">{t('catalog.priceCheck.description')}</Text>
            <ContactPicker label={t('catalog.priceCheck.contact')} value={contactId} onChange={setContactId} />
            {lines.map((line, i) => (
              <Group key={line.key} align="flex-end" gap="xs" wrap="nowrap">
                <ProductPicker style={{ flex: 1 }} label={t('catalog.priceLists.product')} value={line.productId} onChange={(id) => setLines(lines.map((l, j) => (j === i ? { ...l, productId: id } : l)))} data-testid="price-check-product" />
                <NumberInput w={90} label={t('catalog.priceCheck.quantity')} min={1} allowDecimal={false} dir="ltr" value={line.quantity} onChange={(v) => setLines(lines.map((l, j) => (j === i ? { ...l, quantity: v } : l)))} />
                {lines.length > 1 && <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('common.remove')} onClick={() => setLines(lines.filter((_, j) => j !== i))}>×</ActionIcon>}
              </Group>
            ))}
            <Group>
              <Button variant="light" size="xs" onClick={() => setLines([...lines, { key: Date.now(), productId: null, quantity: 1 }])}>{t('catalog.priceCheck.addLine')}</Button>
            </Group>
            <TextInput label={t('catalog.priceCheck.coupon')} dir="ltr" ff="monospace" value={coupon} onChange={(e) => setCoupon(e.currentTarget.value)} data-testid="price-check-coupon" />
            <Group justify="flex-end">
              <Button onClick={run} disabled={!ready} loading={quote.isPending} data-testid="price-check-run">{t('catalog.priceCheck.run')}</Button>
            </Group>
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Card withBorder radius="lg" padding="lg" data-testid="price-check-result">
          <Stack>
            <Title order={4}>{t('catalog.priceCheck.result')}</Title>
            {quote.isError && <ErrorAlert error={quote.error} />}
            {!q && !quote.isError && <Text size="sm" c="dimmed">{t('catalog.priceCheck.empty')}</Text>}
            {q && (
              <>
                <Table.ScrollContainer minWidth={620}>
                  <Table verticalSpacing="xs">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('catalog.priceLists.product')}</Table.Th>
                        <Table.Th ta="end">{t('catalog.priceCheck.quantity')}</Table.Th>
                        <Table.Th ta="end">{t('catalog.priceCheck.basePrice')}</Table.Th>
                        <Table.Th ta="end">{t('catalog.priceCheck.customerPrice')}</Table.Th>
                        <Table.Th ta="end">{t('catalog.priceCheck.discount')}</Table.Th>
                        <Table.Th ta="end">{t('catalog.fields.tax')}</Table.Th>
                        <Table.Th ta="end">{t('catalog.priceCheck.total')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {q.lines.map((line) => (
                        <Table.Tr key={line.productId} data-testid="price-check-line">
                          <Table.Td><ProductName productId={line.productId} withSku={false} /></Table.Td>
                          <Table.Td ta="end">{formatNumber(line.quantity, i18n.language)}</Table.Td>
                          <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>{money.format(line.unitBasePrice)}</Table.Td>
                          <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }} c={line.unitPrice < line.unitBasePrice ? 'teal.8' : undefined}>{money.format(line.unitPrice)}</Table.Td>
                          <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>{line.discount ? money.format(line.discount) : '—'}</Table.Td>
                          <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                            {money.format(line.tax)} <Text span size="xs" c="dimmed">({formatBp(line.taxRateBp, i18n.language)})</Text>
                          </Table.Td>
                          <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }} fw={500}>{money.format(line.total)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <Stack gap={4} maw={360} ms="auto" w="100%">
                  <Row label={t('catalog.priceCheck.subtotal')} value={money.format(q.subtotal)} />
                  <Row label={t('catalog.priceCheck.discounts')} value={q.discountTotal ? `\u2212${money.format(q.discountTotal)}` : '—'} />
                  {q.coupon && <Row label={<>{t('catalog.priceCheck.couponApplied')} <Ltr>{q.coupon.code}</Ltr></>} value={`\u2212${money.format(q.couponDiscount)}`} />}
                  <Row label={t('catalog.fields.tax')} value={money.format(q.taxTotal)} />
                  <Row label={<b>{t('catalog.priceCheck.total')}</b>} value={<b data-testid="price-check-total">{money.format(q.total)}</b>} />
                </Stack>
                {q.problems.map((p) => (
                  <Text key={`${p.field}${p.message}`} size="sm" c="orange.8" dir="auto" data-testid="price-check-problem">{p.message}</Text>
                ))}
              </>
            )}
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}

function Row({ label, value }: { label: React.ReactNode; value: React.ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm">{label}</Text>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{value}</Text>
    </Group>
  );
}
