import { Button, Card, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { PERMISSIONS } from '@/config/constants';
import type { InvoiceFieldsFragment } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { formatNumber } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { useCreateWarehouseIssue } from '../api/create-warehouse-issue';
import { useMarkIssueDelivered } from '../api/mark-issue-delivered';
import { useMarkIssueShipped } from '../api/mark-issue-shipped';
import { useReturnWarehouseIssue } from '../api/return-warehouse-issue';
import { documentNumber } from '../lib/documents';
import { IssueStatusBadge } from './status-badges';

/**
 * The invoice's warehouse issue (حواله انبار): create it (the reserved goods leave the stock), then shipped with a
 * tracking code, delivered, or returned (the stock comes back through the ledger). Transitions need inventory:write.
 */
export function WarehouseIssueCard({ invoice }: { invoice: InvoiceFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const canMove = usePermission(PERMISSIONS.inventoryWrite);
  const create = useCreateWarehouseIssue();
  const ship = useMarkIssueShipped();
  const deliver = useMarkIssueDelivered();
  const giveBack = useReturnWarehouseIssue();
  const [shipOpened, shipModal] = useDisclosure(false);
  const [tracking, setTracking] = useState('');
  const [error, setError] = useState<unknown>(null);
  const issue = invoice.warehouseIssue;
  const live = issue && issue.status !== 'CANCELLED' ? issue : null;

  const run = async (action: () => Promise<unknown>, message: string) => {
    setError(null);
    try {
      await action();
      notifySuccess(message);
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="warehouse-issue" data-status={issue?.status ?? 'NONE'}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('sales.issue.title')}</Title>
          {issue && (
            <Group gap="xs">
              <Text size="sm" c="dimmed">#{documentNumber(issue.number, i18n.language)}</Text>
              <IssueStatusBadge status={issue.status} />
            </Group>
          )}
        </Group>
        {!live && (
          <Text size="sm" c="dimmed">{invoice.status === 'CANCELLED' ? t('sales.issue.invoiceCancelled') : t('sales.issue.none')}</Text>
        )}
        {!live && canMove && invoice.status === 'ISSUED' && (
          <Button w="fit-content" onClick={() => void run(() => create.mutateAsync(invoice.id), t('sales.issue.created'))} loading={create.isPending} data-testid="create-issue">
            {t('sales.issue.create')}
          </Button>
        )}
        {issue && (
          <>
            <Group gap="xl">
              <div><Text size="xs" c="dimmed">{t('sales.issue.issuedAt')}</Text><Text size="sm"><DateText value={issue.issuedAt} withTime /></Text></div>
              {issue.shippedAt && <div><Text size="xs" c="dimmed">{t('sales.issue.shippedAt')}</Text><Text size="sm"><DateText value={issue.shippedAt} withTime /></Text></div>}
              {issue.trackingCode && <div><Text size="xs" c="dimmed">{t('sales.issue.trackingCode')}</Text><Text size="sm" data-testid="issue-tracking"><Ltr>{issue.trackingCode}</Ltr></Text></div>}
              {issue.deliveredAt && <div><Text size="xs" c="dimmed">{t('sales.issue.deliveredAt')}</Text><Text size="sm"><DateText value={issue.deliveredAt} withTime /></Text></div>}
              {issue.returnedAt && <div><Text size="xs" c="dimmed">{t('sales.issue.returnedAt')}</Text><Text size="sm"><DateText value={issue.returnedAt} withTime /></Text></div>}
            </Group>
            <Table verticalSpacing={4}>
              <Table.Tbody>
                {issue.lines.map((l) => (
                  <Table.Tr key={l.productId}>
                    <Table.Td><Text size="sm">{l.productName}</Text><Text size="xs" c="dimmed"><Ltr>{l.productSku}</Ltr></Text></Table.Td>
                    <Table.Td ta="end">
                      <Text size="sm">{formatNumber(l.quantity, i18n.language)}</Text>
                      {l.returnedQuantity > 0 && <Text size="xs" c="orange">{t('sales.issue.returnedQuantity', { count: l.returnedQuantity, formatted: formatNumber(l.returnedQuantity, i18n.language) })}</Text>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
        {live && canMove && (
          <Group gap="xs">
            {live.status === 'ISSUED' && (
              <Button size="xs" onClick={shipModal.open} data-testid="issue-ship">{t('sales.issue.markShipped')}</Button>
            )}
            {(live.status === 'ISSUED' || live.status === 'SHIPPED') && (
              <Button size="xs" variant="light" color="teal" loading={deliver.isPending} onClick={() => void run(() => deliver.mutateAsync(live.id), t('sales.issue.delivered'))} data-testid="issue-deliver">
                {t('sales.issue.markDelivered')}
              </Button>
            )}
            {(live.status === 'SHIPPED' || live.status === 'DELIVERED') && (
              <ConfirmButton
                label={t('sales.issue.return')}
                confirmTitle={t('sales.issue.returnTitle')}
                confirmMessage={t('sales.issue.returnMessage')}
                color="orange"
                onConfirm={() => void run(() => giveBack.mutateAsync(live.id), t('sales.issue.returned'))}
                data-testid="issue-return"
              />
            )}
          </Group>
        )}
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
      <Modal opened={shipOpened} onClose={shipModal.close} title={t('sales.issue.markShipped')} centered>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (live && (await run(() => ship.mutateAsync({ id: live.id, trackingCode: tracking.trim() || null }), t('sales.issue.shipped')))) {
              setTracking('');
              shipModal.close();
            }
          }}
          data-testid="ship-form"
        >
          <Stack>
            <TextInput label={t('sales.issue.trackingCode')} value={tracking} onChange={(e) => setTracking(e.currentTarget.value)} styles={{ input: { direction: 'ltr', textAlign: 'start' } }} data-autofocus data-testid="tracking-input" />
            <Group justify="flex-end">
              <Button variant="default" onClick={shipModal.close}>{t('common.cancel')}</Button>
              <Button type="submit" loading={ship.isPending} data-testid="ship-submit">{t('sales.issue.markShipped')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
