import { Badge, Divider, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '@/components/date-text';
import { QueryList } from '@/components/query-list';
import { paths } from '@/config/paths';
import { useClub, useMoney } from '@/lib/club-context';
import { nodesOf } from '@/lib/connection';
import { formatNumber, localDigits } from '@/lib/format';
import type { MemberSalesLineFieldsFragment } from '@/gql/graphql';
import { useMyOrders } from '../api/get-my-orders';
import { useMyPurchases } from '../api/get-my-purchases';

const ORDER_COLORS: Record<string, string> = { DRAFT: 'gray', CONFIRMED: 'blue', INVOICED: 'teal', CANCELLED: 'red', EXPIRED: 'gray' };
const PAYMENT_COLORS: Record<string, string> = { PAID: 'teal', PARTLY_PAID: 'orange', UNPAID: 'red' };

export function SalesLines({ lines }: { lines: MemberSalesLineFieldsFragment[] }) {
  const { i18n } = useTranslation();
  const money = useMoney();
  return (
    <Stack gap={2}>
      {lines.map((l) => (
        <Group key={l.productId} justify="space-between" wrap="nowrap" gap="xs">
          <Text size="xs" lineClamp={1}>
            {l.productName} × {formatNumber(l.quantity, i18n.language)}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{money.format(l.total)}</Text>
        </Group>
      ))}
    </Stack>
  );
}

function Orders() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const money = useMoney();
  const orders = useMyOrders(club.slug);
  return (
    <QueryList query={orders} items={nodesOf(orders.data?.pages)} empty={t('orders.none')} testId="orders">
      {(items) =>
        items.map((o) => (
          <Paper key={o.id} withBorder radius="md" p="sm" component={Link} to={paths.order(club.slug, o.id)} style={{ color: 'inherit', textDecoration: 'none' }} data-testid="order">
            <Group justify="space-between" wrap="nowrap" mb={6}>
              <Text fw={600} size="sm">{t('orders.number', { number: localDigits(String(o.number), i18n.language) })}</Text>
              <Badge color={ORDER_COLORS[o.status] ?? 'gray'} variant="light" data-testid="order-status">{t(`orders.status.${o.status}`)}</Badge>
            </Group>
            <SalesLines lines={o.lines} />
            <Divider my={6} />
            <Group justify="space-between">
              <Text size="xs" c="dimmed"><DateText value={o.createdAt} /></Text>
              <Text fw={700} size="sm">{money.format(o.totals.total)}</Text>
            </Group>
          </Paper>
        ))
      }
    </QueryList>
  );
}

function Purchases() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const money = useMoney();
  const purchases = useMyPurchases(club.slug);
  return (
    <QueryList query={purchases} items={nodesOf(purchases.data?.pages)} empty={t('purchases.none')} testId="purchases">
      {(items) =>
        items.map((p) => (
          <Paper key={p.id} withBorder radius="md" p="sm" data-testid="purchase">
            <Group justify="space-between" wrap="nowrap" mb={6}>
              <Text fw={600} size="sm">{t('purchases.number', { number: localDigits(p.numberDisplay, i18n.language) })}</Text>
              {p.status === 'CANCELLED' ? (
                <Badge color="red" variant="light">{t('purchases.cancelled')}</Badge>
              ) : (
                <Badge color={PAYMENT_COLORS[p.paymentStatus] ?? 'gray'} variant="light">{t(`purchases.payment.${p.paymentStatus}`)}</Badge>
              )}
            </Group>
            <SalesLines lines={p.lines} />
            <Divider my={6} />
            <Group justify="space-between">
              <Text size="xs" c="dimmed"><DateText value={p.issuedAt} /></Text>
              <Text fw={700} size="sm">{money.format(p.totals.total)}</Text>
            </Group>
            {p.balance > 0 && p.status !== 'CANCELLED' && <Text size="xs" c="orange.8">{t('purchases.balance', { value: money.format(p.balance) })}</Text>}
          </Paper>
        ))
      }
    </QueryList>
  );
}

/** My orders from the store (pro-formas) and my invoices. */
export function OrdersAndPurchases() {
  const { t } = useTranslation();
  const club = useClub();
  const [tab, setTab] = useState<'orders' | 'purchases'>('orders');
  return (
    <Stack gap="sm">
      <SegmentedControl
        fullWidth
        color={club.color}
        value={tab}
        onChange={(v) => setTab(v as 'orders' | 'purchases')}
        data={[
          { value: 'orders', label: t('orders.title') },
          { value: 'purchases', label: t('purchases.title') },
        ]}
        data-testid="orders-tabs"
      />
      {tab === 'orders' ? <Orders /> : <Purchases />}
    </Stack>
  );
}
