import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { Ltr } from '@/components/ltr';
import { ProductName } from '@/features/catalog/components/product-name';
import type { StockMovementFieldsFragment } from '@/gql/graphql';
import { formatSigned, signedQuantity } from '../lib/movements';
import { MovementKindBadge } from './movement-kind-badge';

/** Ledger rows: kind, product, warehouse, signed quantity, reason, reference, who and when (Jalali in fa). */
export function MovementsTable({ rows, withProduct = true, dim = false }: { rows: StockMovementFieldsFragment[]; withProduct?: boolean; dim?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={withProduct ? 1000 : 760}>
      <Table verticalSpacing="sm" style={{ opacity: dim ? 0.6 : 1 }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('inventory.columns.date')}</Table.Th>
            <Table.Th>{t('inventory.columns.kind')}</Table.Th>
            {withProduct && <Table.Th>{t('inventory.columns.product')}</Table.Th>}
            <Table.Th>{t('inventory.columns.warehouse')}</Table.Th>
            <Table.Th ta="end">{t('inventory.columns.quantity')}</Table.Th>
            <Table.Th>{t('inventory.columns.reason')}</Table.Th>
            <Table.Th>{t('inventory.columns.reference')}</Table.Th>
            <Table.Th>{t('inventory.columns.user')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => {
            const signed = signedQuantity(m);
            return (
              <Table.Tr key={m.id} data-testid="movement-row" data-kind={m.kind} data-quantity={signed.value}>
                <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}><DateText value={m.createdAt} withTime /></Text></Table.Td>
                <Table.Td><MovementKindBadge kind={m.kind} /></Table.Td>
                {withProduct && <Table.Td><ProductName productId={m.productId} /></Table.Td>}
                <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}><bdi>{m.warehouse.name}</bdi></Text></Table.Td>
                <Table.Td ta="end">
                  <Text size="sm" fw={600} c={signed.value > 0 ? 'teal.8' : signed.value < 0 ? 'red.8' : undefined} style={{ whiteSpace: 'nowrap' }} data-testid="movement-quantity">
                    <Ltr>{formatSigned(signed.value, i18n.language)}</Ltr>
                  </Text>
                  {signed.affects === 'reserved' && <Text size="xs" c="dimmed">{t('inventory.columns.reserved')}</Text>}
                </Table.Td>
                <Table.Td maw={240}><Text size="sm" dir="auto" lineClamp={2} data-testid="movement-reason">{m.reason ?? '—'}</Text></Table.Td>
                <Table.Td><Text size="xs" ff="monospace" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{m.reference ? <Ltr>{m.reference}</Ltr> : '—'}</Text></Table.Td>
                <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{m.actor ? <bdi>{m.actor.fullName || m.actor.email}</bdi> : t('inventory.system')}</Text></Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
