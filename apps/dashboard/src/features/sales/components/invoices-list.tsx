import { Button, Card, Group, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import type { InvoiceFilter, PaymentStatus } from '@/gql/graphql';
import { formatNumber } from '@/lib/format';
import { useMoney } from '@/lib/use-money';
import { useInvoices } from '../api/get-invoices';
import { documentNumber } from '../lib/documents';
import { InvoiceStatusBadge, IssueStatusBadge, PaymentStatusBadge } from './status-badges';

const PAYMENT_STATUSES: PaymentStatus[] = ['UNPAID', 'PARTLY_PAID', 'PAID'];

/** Invoices, newest first, filtered by payment status (?payment=). */
export function InvoicesList() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const money = useMoney();
  const [params, setParams] = useSearchParams();
  const paymentStatus = params.get('payment') as PaymentStatus | null;
  const filter = useMemo<InvoiceFilter>(() => (paymentStatus ? { paymentStatus } : {}), [paymentStatus]);
  const invoices = useInvoices(filter);
  const rows = invoices.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const total = invoices.data?.pages[0]?.totalCount ?? 0;
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="invoices-list">
      <Stack>
        <Select
          w={220}
          label={t('sales.fields.paymentStatus')}
          placeholder={t('sales.filters.allStatuses')}
          clearable
          data={PAYMENT_STATUSES.map((s) => ({ value: s, label: t(`sales.enums.PaymentStatus.${s}`) }))}
          value={paymentStatus}
          onChange={(v) => setParams(v ? { payment: v } : {}, { replace: true })}
          comboboxProps={{ withinPortal: true }}
        />
        <Text size="sm" c="dimmed">{t('sales.invoices.total', { count: total, formatted: formatNumber(total, i18n.language) })}</Text>
        {invoices.isError && <ErrorAlert error={invoices.error} />}
        {invoices.isPending && <Skeleton h={200} />}
        {invoices.data && rows.length === 0 && <Text c="dimmed" size="sm" ta="center" py="xl">{t('sales.invoices.empty')}</Text>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sales.fields.number')}</Table.Th>
                  <Table.Th>{t('sales.fields.contact')}</Table.Th>
                  <Table.Th>{t('sales.fields.issuedAt')}</Table.Th>
                  <Table.Th ta="end">{t('sales.totals.total')}</Table.Th>
                  <Table.Th ta="end">{t('sales.totals.balance')}</Table.Th>
                  <Table.Th>{t('sales.fields.paymentStatus')}</Table.Th>
                  <Table.Th>{t('sales.fields.warehouseIssue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((inv) => (
                  <Table.Tr
                    key={inv.id}
                    data-testid="invoice-row"
                    data-id={inv.id}
                    style={{ cursor: 'pointer' }}
                    tabIndex={0}
                    onClick={() => navigate(paths.invoice(inv.id))}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') navigate(paths.invoice(inv.id));
                    }}
                  >
                    <Table.Td><Text size="sm" fw={600} data-testid="invoice-number"><bdi dir="ltr">{documentNumber(inv.numberDisplay, i18n.language)}</bdi></Text></Table.Td>
                    <Table.Td><Text size="sm">{inv.contact?.fullName ?? '—'}</Text></Table.Td>
                    <Table.Td><Text size="sm"><DateText value={inv.issuedAt} /></Text></Table.Td>
                    <Table.Td ta="end"><Text size="sm" fw={600}>{money.format(inv.totals.total)}</Text></Table.Td>
                    <Table.Td ta="end"><Text size="sm">{money.format(inv.balance)}</Text></Table.Td>
                    <Table.Td><Group gap={4}><PaymentStatusBadge status={inv.paymentStatus} /><InvoiceStatusBadge status={inv.status} /></Group></Table.Td>
                    <Table.Td>{inv.warehouseIssue ? <IssueStatusBadge status={inv.warehouseIssue.status} /> : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {invoices.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => void invoices.fetchNextPage()} loading={invoices.isFetchingNextPage}>{t('common.loadMore')}</Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
