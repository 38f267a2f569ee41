import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconAlert } from '@/components/icons';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { usePermission } from '@/lib/authorization';

/**
 * Says plainly that nothing was delivered because the workspace has no way to send on the channel, and where to
 * set one up (or who can).
 */
export function NoTransportNotice({ channel, compact = false }: { channel?: string | null; compact?: boolean }) {
  const { t } = useTranslation();
  const canConfigure = usePermission(PERMISSIONS.messagingSettings);
  const which = channel === 'EMAIL' ? 'Email' : channel === 'SMS' ? 'Sms' : 'Any';
  return (
    <Alert color="yellow" variant="light" icon={<IconAlert />} title={t(`messaging.noTransport.title${which}`)} data-testid="no-transport-notice">
      {!compact && <Text size="sm" mb={6}>{t(`messaging.noTransport.body${which}`)}</Text>}
      {canConfigure ? (
        <Anchor component={Link} to={paths.messagingSettings} size="sm" fw={500} data-testid="no-transport-settings-link">
          {t('messaging.noTransport.openSettings')}
        </Anchor>
      ) : (
        <Text size="sm" c="dimmed">{t('messaging.noTransport.askAdmin')}</Text>
      )}
    </Alert>
  );
}
