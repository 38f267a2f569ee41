import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '@/components/ltr';
import type { SalesLineFieldsFragment } from '@/gql/graphql';
import { formatNumber } from '@/lib/format';
import { useMoney } from '@/lib/use-money';
import { percentOfBp } from '../lib/documents';

/** The lines of a pro-forma or an invoice as sold (names and prices frozen on the document). */
export function SalesLinesTable({ lines }: { lines: SalesLineFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" data-testid="sales-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sales.lines.product')}</Table.Th>
            <Table.Th ta="center">{t('sales.lines.quantity')}</Table.Th>
            <Table.Th ta="end">{t('sales.lines.unitPrice')}</Table.Th>
            <Table.Th ta="end">{t('sales.lines.discount')}</Table.Th>
            <Table.Th ta="end">{t('sales.lines.tax')}</Table.Th>
            <Table.Th ta="end">{t('sales.lines.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.id} data-testid="sales-line">
              <Table.Td>
                <Text size="sm">{l.productName}</Text>
                <Text size="xs" c="dimmed"><Ltr>{l.productSku}</Ltr></Text>
              </Table.Td>
              <Table.Td ta="center">
                <Text size="sm"><bdi>{formatNumber(l.quantity, i18n.language)}</bdi> {l.unit && <bdi>{l.unit}</bdi>}</Text>
              </Table.Td>
              <Table.Td ta="end">
                <Stack gap={0} align="flex-end">
                  <Text size="sm">{money.format(l.unitPrice)}</Text>
                  {l.unitPrice !== l.unitBasePrice && (
                    <Text size="xs" c="dimmed" td="line-through">{money.format(l.unitBasePrice)}</Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td ta="end"><Text size="sm">{l.discount ? money.format(l.discount) : '—'}</Text></Table.Td>
              <Table.Td ta="end">
                <Text size="sm">{l.tax ? money.format(l.tax) : '—'}</Text>
                {l.taxRateBp > 0 && <Text size="xs" c="dimmed">{t('sales.lines.taxRate', { rate: percentOfBp(l.taxRateBp, i18n.language) })}</Text>}
              </Table.Td>
              <Table.Td ta="end"><Text size="sm" fw={600}>{money.format(l.total)}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Subtotal, discounts, coupon, tax and total of a document. */
export function TotalsBlock({
  totals,
  extra,
}: {
  totals: { subtotal: number; discountTotal: number; couponDiscount: number; taxTotal: number; total: number };
  extra?: Array<{ label: string; value: string; testId?: string }>;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const rows = [
    { label: t('sales.totals.subtotal'), value: money.format(totals.subtotal) },
    { label: t('sales.totals.discount'), value: money.format(totals.discountTotal) },
    ...(totals.couponDiscount ? [{ label: t('sales.totals.ofWhichCoupon'), value: money.format(totals.couponDiscount) }] : []),
    { label: t('sales.totals.tax'), value: money.format(totals.taxTotal) },
  ];
  return (
    <Stack gap={6} maw={360} ms="auto" data-testid="totals">
      {rows.map((r) => (
        <Group key={r.label} justify="space-between"><Text size="sm" c="dimmed">{r.label}</Text><Text size="sm">{r.value}</Text></Group>
      ))}
      <Group justify="space-between">
        <Text fw={700}>{t('sales.totals.total')}</Text>
        <Text fw={700} data-testid="document-total">{money.format(totals.total)}</Text>
      </Group>
      {extra?.map((r) => (
        <Group key={r.label} justify="space-between"><Text size="sm" c="dimmed">{r.label}</Text><Text size="sm" fw={600} data-testid={r.testId}>{r.value}</Text></Group>
      ))}
    </Stack>
  );
}
