import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { TicketPage } from '@/features/ticketing/components/ticket-page';
import { TicketSettings } from '@/features/ticketing/components/ticket-settings';
import { TicketsInbox } from '@/features/ticketing/components/tickets-inbox';
import { usePermission } from '@/lib/authorization';

/** The tickets inbox (tickets:read); the settings link behind tickets:manage. */
export function TicketsInboxRoute() {
  const { t } = useTranslation();
  const canManage = usePermission(PERMISSIONS.ticketsManage);
  return (
    <>
      <PageHeader
        title={t('tickets.title')}
        description={t('tickets.description')}
        actions={canManage ? <Button component={Link} to={paths.ticketSettings} variant="default" data-testid="ticket-settings-link">{t('tickets.settings.title')}</Button> : undefined}
      />
      <TicketsInbox />
    </>
  );
}

export function TicketRoute() {
  const { id = '' } = useParams();
  return <TicketPage key={id} id={id} />;
}

export function TicketSettingsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('tickets.settings.title')} description={t('tickets.settings.description')} />
      <TicketSettings />
    </>
  );
}
