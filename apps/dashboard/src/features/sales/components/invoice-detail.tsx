import { Alert, Anchor, Button, Card, Grid, Group, SimpleGrid, Skeleton, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { usePermission } from '@/lib/authorization';
import { useMoney } from '@/lib/use-money';
import { useCancelInvoice } from '../api/cancel-invoice';
import { useInvoice } from '../api/get-invoice';
import { documentNumber } from '../lib/documents';
import { ReasonModal } from './reason-modal';
import { RecordPaymentModal } from './record-payment-modal';
import { SalesLinesTable, TotalsBlock } from './sales-lines-table';
import { InvoiceStatusBadge, PaymentStatusBadge } from './status-badges';
import { WarehouseIssueCard } from './warehouse-issue-card';

/** One invoice: customer, lines and totals, payments (record one), cancellation, its warehouse issue and the print view. */
export function InvoiceDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const canWrite = usePermission(PERMISSIONS.ordersWrite);
  const invoice = useInvoice(id);
  const cancel = useCancelInvoice();
  const [payOpened, payModal] = useDisclosure(false);
  const [cancelOpened, cancelModal] = useDisclosure(false);
  if (invoice.isError) return <ErrorAlert error={invoice.error} />;
  if (!invoice.data) return <Skeleton h={320} radius="lg" />;
  const inv = invoice.data;
  const number = documentNumber(inv.numberDisplay, i18n.language);
  const open = inv.status === 'ISSUED';

  return (
    <div data-testid="invoice-detail" data-payment-status={inv.paymentStatus}>
      <Anchor component={Link} to={paths.invoices} size="sm" mb="sm" display="inline-block">{t('sales.invoices.backToList')}</Anchor>
      <PageHeader
        title={t('sales.invoice.title')}
        actions={
          <Group>
            <Button component={Link} to={paths.invoicePrint(inv.id)} variant="default" data-testid="invoice-print-link">{t('sales.invoice.print')}</Button>
            {canWrite && open && inv.balance > 0 && (
              <Button onClick={payModal.open} data-testid="record-payment">{t('sales.payments.record')}</Button>
            )}
            {canWrite && open && (
              <Button variant="subtle" color="red" onClick={cancelModal.open} data-testid="invoice-cancel">{t('sales.invoice.cancel')}</Button>
            )}
          </Group>
        }
      />
      <Group mb="md" gap="sm">
        <Title order={3} data-testid="invoice-number"><bdi dir="ltr">{number}</bdi></Title>
        <PaymentStatusBadge status={inv.paymentStatus} />
        <InvoiceStatusBadge status={inv.status} />
      </Group>
      {inv.status === 'CANCELLED' && (
        <Alert color="red" variant="light" mb="md">{t('sales.invoice.cancelledBecause')} <Text span dir="auto">{inv.cancelReason}</Text></Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, xl: 8 }}>
          <Card withBorder radius="lg" padding="lg">
            <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
              <div><Text size="xs" c="dimmed">{t('sales.fields.contact')}</Text>{inv.contact ? <Anchor size="sm" component={Link} to={paths.contact(inv.contact.id)}>{inv.contact.fullName}</Anchor> : '—'}</div>
              <div><Text size="xs" c="dimmed">{t('sales.fields.issuedAt')}</Text><Text size="sm" data-testid="invoice-date"><DateText value={inv.issuedAt} /></Text></div>
              <div><Text size="xs" c="dimmed">{t('sales.fields.owner')}</Text><Text size="sm">{inv.owner?.fullName ?? '—'}</Text></div>
              <div>
                <Text size="xs" c="dimmed">{t('sales.fields.proforma')}</Text>
                {inv.proforma ? <Anchor size="sm" component={Link} to={paths.proforma(inv.proforma.id)}>{documentNumber(inv.proforma.number, i18n.language)}</Anchor> : '—'}
              </div>
            </SimpleGrid>
            <SalesLinesTable lines={inv.lines} />
            <TotalsBlock
              totals={inv.totals}
              extra={[
                { label: t('sales.totals.paid'), value: money.format(inv.paidTotal), testId: 'invoice-paid' },
                { label: t('sales.totals.balance'), value: money.format(inv.balance), testId: 'invoice-balance' },
              ]}
            />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <SimpleGrid cols={{ base: 1, md: 2, xl: 1 }}>
            <Card withBorder radius="lg" padding="lg" data-testid="invoice-payments">
              <Title order={4} mb="sm">{t('sales.payments.title')}</Title>
              {inv.payments.length === 0 ? (
                <Text size="sm" c="dimmed">{t('sales.payments.none')}</Text>
              ) : (
                <Table verticalSpacing={6}>
                  <Table.Tbody>
                    {inv.payments.map((p) => (
                      <Table.Tr key={p.id} data-testid="payment-row">
                        <Table.Td>
                          <Text size="sm" fw={600}>{money.format(p.amount)}</Text>
                          <Text size="xs" c="dimmed">{t(`sales.enums.PaymentMethod.${p.method}`)}{p.reference ? ' · ' : ''}{p.reference && <bdi dir="ltr">{p.reference}</bdi>}</Text>
                        </Table.Td>
                        <Table.Td ta="end"><Text size="xs"><DateText value={p.paidAt} /></Text></Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
            <WarehouseIssueCard invoice={inv} />
          </SimpleGrid>
        </Grid.Col>
      </Grid>
      {payOpened && <RecordPaymentModal opened={payOpened} onClose={payModal.close} invoiceId={inv.id} balance={inv.balance} />}
      <ReasonModal
        opened={cancelOpened}
        onClose={cancelModal.close}
        title={t('sales.invoice.cancelTitle')}
        label={t('sales.fields.cancelReason')}
        submitLabel={t('sales.invoice.cancel')}
        pending={cancel.isPending}
        onSubmit={(reason) => cancel.mutateAsync({ id: inv.id, reason })}
      />
    </div>
  );
}
