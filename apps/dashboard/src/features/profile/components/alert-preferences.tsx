import { Badge, Card, Checkbox, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useMyAlertPreferences } from '../api/get-my-alert-preferences';
import { useMyProfile } from '../api/get-my-profile';
import { useSetMyAlertPreference } from '../api/set-my-alert-preference';
import { ALERT_CHANNELS, alertEventText, smsWithoutPhone, withChannel } from '../lib/profile';

/** Per event, the channels that alert the signed-in member (each tick is saved at once). */
export function AlertPreferences() {
  const { t } = useTranslation();
  const preferences = useMyAlertPreferences();
  const profile = useMyProfile();
  const set = useSetMyAlertPreference();
  const phone = profile.data?.phone;

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="alert-preferences">
      <Stack>
        <div>
          <Title order={3} size="h4">{t('profile.alerts.title')}</Title>
          <Text c="dimmed" size="sm">{t('profile.alerts.description')}</Text>
        </div>
        {preferences.isError && <ErrorAlert error={preferences.error} />}
        {preferences.isPending && <Skeleton h={80} />}
        {preferences.data && preferences.data.length === 0 && (
          <Text c="dimmed" size="sm">{t('profile.alerts.none')}</Text>
        )}
        {preferences.data && preferences.data.length > 0 && (
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('profile.alerts.event')}</Table.Th>
                  {ALERT_CHANNELS.map((c) => (
                    <Table.Th key={c} w={90} ta="center">{t(`enums.MessagingChannel.${c}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preferences.data.map((pref) => {
                  const saving = set.isPending && set.variables?.event === pref.event;
                  return (
                    <Table.Tr key={pref.event} data-testid="alert-pref" data-event={pref.event} data-channels={pref.channels.join(',')}>
                      <Table.Td>
                        <Group gap="xs" wrap="wrap">
                          <Text size="sm" fw={500}>{alertEventText(pref, t)}</Text>
                          {!pref.customised && (
                            <Badge size="sm" variant="light" color="gray" tt="none" data-testid="alert-default-badge">{t('profile.alerts.default')}</Badge>
                          )}
                        </Group>
                        {smsWithoutPhone(pref.channels, phone) && (
                          <Text size="xs" c="orange.8" mt={4} data-testid="alert-sms-no-phone">{t('profile.alerts.smsNoPhone')}</Text>
                        )}
                      </Table.Td>
                      {ALERT_CHANNELS.map((c) => (
                        <Table.Td key={c}>
                          <Group justify="center">
                            <Checkbox
                              aria-label={`${alertEventText(pref, t)}: ${t(`enums.MessagingChannel.${c}`)}`}
                              checked={pref.channels.includes(c)}
                              disabled={saving}
                              onChange={(e) =>
                                set.mutate(
                                  { event: pref.event, channels: withChannel(pref.channels, c, e.currentTarget.checked) },
                                  { onSuccess: () => notifySuccess(t('profile.alerts.saved')), onError: notifyError },
                                )
                              }
                              data-testid={`alert-channel-${c}`}
                            />
                          </Group>
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
