import { Alert, Button, Card, Code, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { fieldErrorsOf, isApiError } from '@peyvand/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { IconAlert, IconCheck } from '@/components/icons';
import type { MessagingChannel } from '@/gql/graphql';
import { useSendTestMessage } from '../api/send-test-message';
import { fieldMessageText } from '../lib/server-text';
import { MESSAGING_CHANNELS } from '../lib/status';

/** Sends one message now through the saved settings and shows what the provider answered (or why nothing was sent). */
export function TestMessageBox() {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<MessagingChannel>('SMS');
  const [to, setTo] = useState('');
  const send = useSendTestMessage();
  const fieldError = send.error && isApiError(send.error) ? fieldErrorsOf(send.error).to : undefined;
  const result = send.data;
  const noTransport = !!result && !result.ok && result.error?.startsWith('not sent: no ');

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="test-message">
      <Title order={3} size="h5">{t('messaging.test.title')}</Title>
      <Text size="sm" c="dimmed" mt={4}>{t('messaging.test.description')}</Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!to.trim()) return;
          send.mutate({ channel, to: to.trim() });
        }}
      >
        <Group mt="md" align="flex-end" wrap="wrap">
          <SegmentedControl
            value={channel}
            onChange={(v) => {
              setChannel(v as MessagingChannel);
              send.reset();
            }}
            data={MESSAGING_CHANNELS.map((c) => ({ value: c, label: t(`enums.MessagingChannel.${c}`) }))}
            disabled={send.isPending}
            data-testid="test-channel"
          />
          <TextInput
            style={{ flex: 1, minWidth: 240 }}
            aria-label={t('messaging.test.recipient')}
            placeholder={channel === 'SMS' ? '0912 345 6789' : 'name@example.ir'}
            dir="ltr"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={fieldError ? fieldMessageText(fieldError, t) : undefined}
            disabled={send.isPending}
            data-testid="test-recipient"
          />
          <Button type="submit" loading={send.isPending} disabled={!to.trim()} data-testid="test-submit">
            {t('messaging.test.send')}
          </Button>
        </Group>
      </form>
      <Stack mt="md" gap="xs" aria-live="polite">
        {send.isError && !fieldError && <ErrorAlert error={send.error} />}
        {result?.ok && (
          <Alert color="teal" variant="light" icon={<IconCheck />} title={t('messaging.test.sent')} data-testid="test-result" data-ok="true">
            {result.providerMessageId && (
              <Text size="sm">
                {t('messaging.detail.providerId')}: <Code dir="ltr">{result.providerMessageId}</Code>
              </Text>
            )}
          </Alert>
        )}
        {result && !result.ok && (
          <Alert
            color={noTransport ? 'yellow' : 'red'}
            variant="light"
            icon={<IconAlert />}
            title={noTransport ? t(`messaging.noTransport.title${channel === 'EMAIL' ? 'Email' : 'Sms'}`) : t('messaging.test.failed')}
            data-testid="test-result"
            data-ok="false"
            data-no-transport={noTransport ? 'true' : 'false'}
          >
            {noTransport ? (
              <Text size="sm">{t(`messaging.test.noTransport${channel === 'EMAIL' ? 'Email' : 'Sms'}`)}</Text>
            ) : (
              <Stack gap={4}>
                <Text size="sm">{t('messaging.test.providerSaid')}</Text>
                <Code block dir="ltr" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{result.error}</Code>
              </Stack>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
