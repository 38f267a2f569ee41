import { Anchor, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { usePermission } from '@/lib/authorization';
import { useMoney } from '@/lib/use-money';
import { useProformas } from '../api/get-proformas';
import { documentNumber } from '../lib/documents';
import { ProformaStatusBadge } from './status-badges';

/** The contact page's "orders" card: the customer's latest pro-formas and the invoices they became (orders:read). */
export function ContactOrders({ contactId }: { contactId: string }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const canRead = usePermission(PERMISSIONS.ordersRead);
  const canWrite = usePermission(PERMISSIONS.ordersWrite);
  const proformas = useProformas({ contactId }, 5, canRead);
  if (!canRead) return null;
  const rows = proformas.data?.pages[0]?.edges.map((e) => e.node) ?? [];
  const total = proformas.data?.pages[0]?.totalCount ?? 0;
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="contact-orders">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('sales.contactOrders.title')}</Title>
        {canWrite && (
          <Button size="xs" variant="light" component={Link} to={`${paths.proformaNew}?contact=${encodeURIComponent(contactId)}`} data-testid="contact-new-proforma">
            {t('sales.proformas.new')}
          </Button>
        )}
      </Group>
      {proformas.isError && <ErrorAlert error={proformas.error} />}
      {proformas.isPending && <Skeleton h={60} />}
      {proformas.data && rows.length === 0 && <Text size="sm" c="dimmed">{t('sales.contactOrders.empty')}</Text>}
      <Stack gap={6}>
        {rows.map((p) => (
          <Group key={p.id} justify="space-between" wrap="nowrap" data-testid="contact-order">
            <div>
              <Anchor component={Link} to={paths.proforma(p.id)} size="sm">{t('sales.proforma.title', { number: documentNumber(p.number, i18n.language) })}</Anchor>
              {p.invoice && (
                <>
                  {' · '}
                  <Anchor component={Link} to={paths.invoice(p.invoice.id)} size="sm">
                    {t('sales.invoice.short')} <bdi dir="ltr">{documentNumber(p.invoice.numberDisplay, i18n.language)}</bdi>
                  </Anchor>
                </>
              )}
              <Text size="xs" c="dimmed"><DateText value={p.createdAt} /></Text>
            </div>
            <Stack gap={2} align="flex-end">
              <Text size="sm" fw={600}>{money.format(p.totals.total)}</Text>
              <ProformaStatusBadge status={p.status} />
            </Stack>
          </Group>
        ))}
      </Stack>
      {total > rows.length && (
        <Anchor component={Link} to={`${paths.proformas}?contact=${encodeURIComponent(contactId)}`} size="sm" mt="sm" display="inline-block">
          {t('sales.contactOrders.all', { count: total })}
        </Anchor>
      )}
    </Card>
  );
}
