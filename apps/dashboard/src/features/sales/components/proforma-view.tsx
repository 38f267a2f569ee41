import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import type { ProformaFieldsFragment } from '@/gql/graphql';
import { formatNumber } from '@/lib/format';
import { usePermission } from '@/lib/authorization';
import { notifySuccess } from '@/lib/notify';
import { useCancelProforma } from '../api/cancel-proforma';
import { useIssueInvoice } from '../api/issue-invoice';
import { daysLeft, documentNumber } from '../lib/documents';
import { ReasonModal } from './reason-modal';
import { SalesLinesTable, TotalsBlock } from './sales-lines-table';
import { ProformaStatusBadge } from './status-badges';

function Info({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm" component="div">{children}</Text>
    </div>
  );
}

/** A pro-forma past its draft: confirmed (stock held until it expires), invoiced, cancelled or expired. */
export function ProformaView({ proforma }: { proforma: ProformaFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission(PERMISSIONS.ordersWrite);
  const issue = useIssueInvoice();
  const cancel = useCancelProforma();
  const [cancelOpened, cancelModal] = useDisclosure(false);
  const [error, setError] = useState<unknown>(null);
  const left = proforma.status === 'CONFIRMED' ? daysLeft(proforma.expiresAt) : null;

  const issueInvoice = async () => {
    setError(null);
    try {
      const invoice = await issue.mutateAsync(proforma.id);
      notifySuccess(t('sales.proforma.invoiced', { number: documentNumber(invoice.numberDisplay, i18n.language) }));
      navigate(paths.invoice(invoice.id));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div data-testid="proforma-view" data-status={proforma.status}>
      <Anchor component={Link} to={paths.proformas} size="sm" mb="sm" display="inline-block">
        {t('sales.proformas.backToList')}
      </Anchor>
      <PageHeader
        title={t('sales.proforma.title', { number: documentNumber(proforma.number, i18n.language) })}
        actions={
          <Group>
            <ProformaStatusBadge status={proforma.status} />
            {canWrite && proforma.status === 'CONFIRMED' && (
              <Button onClick={() => void issueInvoice()} loading={issue.isPending} data-testid="issue-invoice">
                {t('sales.proforma.issueInvoice')}
              </Button>
            )}
            {proforma.invoice && (
              <Button component={Link} to={paths.invoice(proforma.invoice.id)} variant="light" data-testid="open-invoice">
                {t('sales.proforma.openInvoice', { number: documentNumber(proforma.invoice.numberDisplay, i18n.language) })}
              </Button>
            )}
            {canWrite && (proforma.status === 'CONFIRMED' || proforma.status === 'DRAFT') && (
              <Button variant="subtle" color="red" onClick={cancelModal.open} data-testid="proforma-cancel">
                {t('sales.proforma.cancel')}
              </Button>
            )}
          </Group>
        }
      />
      <Stack>
        {error ? <ErrorAlert error={error} /> : null}
        {proforma.status === 'CONFIRMED' && proforma.expiresAt && (
          <Alert color={left !== null && left <= 1 ? 'orange' : 'blue'} variant="light" data-testid="proforma-expiry">
            {t('sales.proforma.reservedUntil')} <DateText value={proforma.expiresAt} withTime />
            {left !== null && ` — ${t('sales.proforma.daysLeft', { count: left, formatted: formatNumber(left, i18n.language) })}`}
          </Alert>
        )}
        {proforma.status === 'CANCELLED' && (
          <Alert color="red" variant="light" data-testid="proforma-cancel-reason">
            {t('sales.proforma.cancelledBecause')} <Text span dir="auto">{proforma.cancelReason}</Text>
          </Alert>
        )}
        <Card withBorder radius="lg" padding="lg">
          <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
            <Info label={t('sales.fields.contact')}>
              {proforma.contact ? <Anchor component={Link} to={paths.contact(proforma.contact.id)}>{proforma.contact.fullName}</Anchor> : '—'}
            </Info>
            <Info label={t('sales.fields.createdAt')}><DateText value={proforma.createdAt} /></Info>
            <Info label={t('sales.fields.owner')}>{proforma.owner?.fullName ?? '—'}</Info>
            <Info label={t('sales.fields.source')}><span data-testid="proforma-source" data-source={proforma.source}>{t(`sales.enums.ProformaSource.${proforma.source}`)}</span></Info>
            {proforma.couponCode && <Info label={t('sales.fields.couponCode')}><bdi dir="ltr">{proforma.couponCode}</bdi></Info>}
            {proforma.confirmedAt && <Info label={t('sales.fields.confirmedAt')}><DateText value={proforma.confirmedAt} withTime /></Info>}
          </SimpleGrid>
          <SalesLinesTable lines={proforma.lines} />
          <TotalsBlock totals={proforma.totals} />
          {proforma.notes && (
            <Text size="sm" c="dimmed" mt="md" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>{proforma.notes}</Text>
          )}
        </Card>
      </Stack>
      <ReasonModal
        opened={cancelOpened}
        onClose={cancelModal.close}
        title={t('sales.proforma.cancelTitle')}
        label={t('sales.fields.cancelReason')}
        submitLabel={t('sales.proforma.cancel')}
        pending={cancel.isPending}
        onSubmit={(reason) => cancel.mutateAsync({ id: proforma.id, reason })}
      />
    </div>
  );
}
