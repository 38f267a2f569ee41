import { Anchor, Button, Card, Group, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { ContactPicker } from '@/features/contacts/components/contact-picker';
import type { ProformaFilter, ProformaStatus } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { formatNumber } from '@/lib/format';
import { useMoney } from '@/lib/use-money';
import { useProformas } from '../api/get-proformas';
import { documentNumber } from '../lib/documents';
import { ProformaStatusBadge } from './status-badges';

export const PROFORMA_STATUSES: ProformaStatus[] = ['DRAFT', 'CONFIRMED', 'INVOICED', 'CANCELLED', 'EXPIRED'];

/** Pro-formas, newest first, filtered by status and customer (kept in the URL: ?status=&contact=). */
export function ProformasList() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const money = useMoney();
  const canWrite = usePermission(PERMISSIONS.ordersWrite);
  const [params, setParams] = useSearchParams();
  const status = params.get('status') as ProformaStatus | null;
  const contactId = params.get('contact');
  const filter = useMemo<ProformaFilter>(() => ({ ...(status ? { status } : {}), ...(contactId ? { contactId } : {}) }), [status, contactId]);
  const proformas = useProformas(filter);
  const rows = proformas.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const total = proformas.data?.pages[0]?.totalCount ?? 0;
  const setParam = (name: string, value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    }, { replace: true });

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="proformas-list">
      <Stack>
        <Group justify="space-between" align="flex-end">
          <Group align="flex-end">
            <Select
              w={200}
              label={t('sales.fields.status')}
              placeholder={t('sales.filters.allStatuses')}
              clearable
              data={PROFORMA_STATUSES.map((s) => ({ value: s, label: t(`sales.enums.ProformaStatus.${s}`) }))}
              value={status}
              onChange={(v) => setParam('status', v)}
              comboboxProps={{ withinPortal: true }}
              data-testid="proforma-status-filter"
            />
            <div style={{ width: 260 }}>
              <ContactPicker label={t('sales.fields.contact')} value={contactId} onChange={(v) => setParam('contact', v)} />
            </div>
          </Group>
          {canWrite && (
            <Button component={Link} to={contactId ? `${paths.proformaNew}?contact=${encodeURIComponent(contactId)}` : paths.proformaNew} data-testid="new-proforma">
              {t('sales.proformas.new')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">{t('sales.proformas.total', { count: total, formatted: formatNumber(total, i18n.language) })}</Text>
        {proformas.isError && <ErrorAlert error={proformas.error} />}
        {proformas.isPending && <Skeleton h={200} />}
        {proformas.data && rows.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="xl" data-testid="proformas-empty">{t('sales.proformas.empty')}</Text>
        )}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover style={{ opacity: proformas.isPlaceholderData ? 0.6 : 1 }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sales.fields.number')}</Table.Th>
                  <Table.Th>{t('sales.fields.contact')}</Table.Th>
                  <Table.Th>{t('sales.fields.status')}</Table.Th>
                  <Table.Th>{t('sales.fields.createdAt')}</Table.Th>
                  <Table.Th>{t('sales.fields.expiresAt')}</Table.Th>
                  <Table.Th ta="end">{t('sales.totals.total')}</Table.Th>
                  <Table.Th>{t('sales.fields.invoice')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((p) => (
                  <Table.Tr
                    key={p.id}
                    data-testid="proforma-row"
                    data-id={p.id}
                    style={{ cursor: 'pointer' }}
                    tabIndex={0}
                    onClick={() => navigate(paths.proforma(p.id))}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') navigate(paths.proforma(p.id));
                    }}
                  >
                    <Table.Td><Text size="sm" fw={600}>{documentNumber(p.number, i18n.language)}</Text></Table.Td>
                    <Table.Td><Text size="sm">{p.contact?.fullName ?? '—'}</Text></Table.Td>
                    <Table.Td><ProformaStatusBadge status={p.status} /></Table.Td>
                    <Table.Td><Text size="sm"><DateText value={p.createdAt} /></Text></Table.Td>
                    <Table.Td><Text size="sm">{p.status === 'CONFIRMED' ? <DateText value={p.expiresAt} withTime /> : '—'}</Text></Table.Td>
                    <Table.Td ta="end"><Text size="sm" fw={600}>{money.format(p.totals.total)}</Text></Table.Td>
                    <Table.Td>
                      {p.invoice ? (
                        <Anchor component={Link} to={paths.invoice(p.invoice.id)} size="sm" onClick={(e) => e.stopPropagation()}>
                          {documentNumber(p.invoice.numberDisplay, i18n.language)}
                        </Anchor>
                      ) : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {proformas.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => void proformas.fetchNextPage()} loading={proformas.isFetchingNextPage}>{t('common.loadMore')}</Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
