import { Alert, Anchor, Badge, Center, Container, Divider, Group, Loader, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { paths } from '@/config/paths';
import { useMyPoints } from '@/features/loyalty/api/get-my-points';
import { useMyVouchers } from '@/features/loyalty/api/get-my-vouchers';
import { useDiscountText } from '@/features/loyalty/hooks';
import type { ClubOrderStage } from '@/gql/graphql';
import { useClub, useMoney } from '@/lib/club-context';
import { formatNumber, formatPhone, localDigits } from '@/lib/format';
import { useMyOrder } from '../api/get-my-order';
import { QuoteTotals } from './quote-totals';

const CHAIN: ClubOrderStage[] = ['PLACED', 'INVOICED', 'PAID', 'ISSUED', 'SHIPPED', 'DELIVERED'];
const ENDED: Partial<Record<ClubOrderStage, string>> = { CANCELLED: 'red', EXPIRED: 'gray', RETURNED: 'orange' };

/** One order: confirmation right after checkout, then where it stands (invoice, payment, warehouse, delivery). */
export function OrderPage() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const money = useMoney();
  const { orderId = '' } = useParams();
  const location = useLocation();
  const placed = (location.state as { placed?: boolean } | null)?.placed;
  const order = useMyOrder(club.slug, orderId);
  const points = useMyPoints(club.slug);
  const vouchers = useMyVouchers(club.slug);
  const discount = useDiscountText();

  if (order.isPending) return <Center py="xl"><Loader /></Center>;
  if (order.isError) return <Container py="md"><ErrorAlert error={order.error} /></Container>;
  const o = order.data;
  const step = CHAIN.indexOf(o.stage);
  const nextVouchers = (vouchers.data ?? []).filter((v) => v.origin === 'NEXT_PURCHASE');
  return (
    <Container size="sm" px="md" py="md" data-testid="order-page">
      <Stack gap="md">
        {placed && (
          <Alert color="teal" variant="light" title={t('order.placedTitle')} data-testid="order-placed">
            {t('order.placedText', { name: club.isolatedName })}
          </Alert>
        )}
        <Group justify="space-between">
          <Title order={1} size="h3" data-testid="order-number">{t('orders.number', { number: localDigits(String(o.number), i18n.language) })}</Title>
          <Badge size="lg" variant="light" color={ENDED[o.stage] ?? club.color} data-testid="order-stage">{t(`order.stages.${o.stage}`)}</Badge>
        </Group>
        <Text size="sm" c="dimmed"><DateText value={o.createdAt} withTime /></Text>
        {step >= 0 && (
          <Paper withBorder radius="md" p="sm">
            <Timeline active={step} bulletSize={22} lineWidth={2} color={club.color} data-testid="order-timeline">
              {CHAIN.map((s, i) => (
                <Timeline.Item
                  key={s}
                  bullet={<Text size="xs" fw={700} c={i <= step ? 'white' : 'dimmed'}>{formatNumber(i + 1, i18n.language)}</Text>}
                  title={<Text size="sm" fw={i === step ? 700 : 400} c={i <= step ? undefined : 'dimmed'}>{t(`order.stages.${s}`)}</Text>}
                >
                  {s === 'INVOICED' && o.invoiceNumber && i <= step && <Text size="xs" c="dimmed"><Ltr>{localDigits(o.invoiceNumber, i18n.language)}</Ltr></Text>}
                  {s === 'SHIPPED' && o.trackingCode && i <= step && <Text size="xs" c="dimmed">{t('order.tracking')} <Ltr>{o.trackingCode}</Ltr></Text>}
                </Timeline.Item>
              ))}
            </Timeline>
          </Paper>
        )}
        {o.stage === 'PLACED' && o.expiresAt && (
          <Text size="sm">{t('order.heldUntil')} <DateText value={o.expiresAt} withTime /></Text>
        )}
        <Paper withBorder radius="md" p="sm">
          <Stack gap={4}>
            {o.lines.map((l) => (
              <Group key={l.productId} justify="space-between" wrap="nowrap" data-testid="order-line">
                <Text size="sm" lineClamp={1}>{l.productName} × {formatNumber(l.quantity, i18n.language)}</Text>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{money.format(l.total)}</Text>
              </Group>
            ))}
            <Divider my={6} />
            <QuoteTotals totals={o.totals} />
          </Stack>
        </Paper>
        {o.delivery && (o.delivery.address || o.delivery.name) && (
          <Paper withBorder radius="md" p="sm">
            <Text size="sm" fw={600}>{t('checkout.delivery')}</Text>
            <Text size="sm">{[o.delivery.name, o.delivery.phone && formatPhone(o.delivery.phone, i18n.language)].filter(Boolean).join(' · ')}</Text>
            {o.delivery.address && <Text size="sm">{o.delivery.address}</Text>}
          </Paper>
        )}
        <Paper withBorder radius="md" p="sm" data-testid="order-loyalty">
          <Stack gap={6}>
            {points.data && <Text size="sm">{t('order.balance', { value: formatNumber(points.data.balance, i18n.language) })}</Text>}
            {o.stage !== 'PAID' && step < CHAIN.indexOf('PAID') && <Text size="xs" c="dimmed">{t('order.pointsWhenPaid')}</Text>}
            {nextVouchers.map((v) => (
              <Text key={v.id} size="sm" c="teal.8" data-testid="next-purchase-voucher">
                {t('order.nextVoucher', { discount: discount(v.kind, v.value) })} <Ltr><b>{v.code}</b></Ltr>
              </Text>
            ))}
          </Stack>
        </Paper>
        <Group justify="space-between">
          <Anchor component={Link} to={paths.panelSection(club.slug, 'orders')} size="sm">{t('order.allOrders')}</Anchor>
          <Anchor component={Link} to={paths.store(club.slug)} size="sm">{t('order.keepShopping')}</Anchor>
        </Group>
      </Stack>
    </Container>
  );
}
