import { Alert, Badge, Button, Fieldset, Group, Input, Modal, Paper, Progress, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { isApiError } from '@peyvand/web';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { IconAlert } from '@/components/icons';
import { paths } from '@/config/paths';
import type { MessagePurpose, MessagingChannel } from '@/gql/graphql';
import { applyFieldErrors } from '@/lib/forms';
import { formatNumber } from '@/lib/format';
import { useBulkSend } from '../api/get-bulk-send';
import { useSendBulkMessage } from '../api/send-bulk-message';
import { bulkProgress, bulkSendInput, type BulkAudience, type BulkSendFormValues } from '../lib/bulk-send';
import { keyFor } from '../lib/idempotency';
import { fieldMessageText, translatingForm } from '../lib/server-text';
import { MESSAGING_CHANNELS } from '../lib/status';
import { filledParams } from '../lib/template-params';
import { textDirection } from '../lib/text-direction';
import { OneOffMessageFields } from './one-off-message-fields';
import { TemplateParamInputs, TemplateSelect, useTemplateChoice } from './template-fields';

type Step = 'compose' | 'confirm' | 'progress';

/**
 * One message to every contact of the contacts list as it is filtered now: compose (a template with its params, or
 * one-off text), confirm the audience, then watch the messages being queued, with a link to them in the outbox.
 */
export function BulkSendModal({ audience, opened, onClose }: { audience: BulkAudience; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('messaging.bulk.title', { count: audience.total, formatted: formatNumber(audience.total, i18n.language) })}
      centered
      size="lg"
    >
      {/* Mounted only while open: every opening takes the list's filter as it is now, with a new idempotency key. */}
      {opened && <BulkSendFlow audience={audience} onClose={onClose} />}
    </Modal>
  );
}

function BulkSendFlow({ audience: current, onClose }: { audience: BulkAudience; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [audience] = useState(current);
  const [step, setStep] = useState<Step>('compose');
  const [bulkSendId, setBulkSendId] = useState<string | null>(null);
  const send = useSendBulkMessage();
  const form = useForm<BulkSendFormValues>({
    initialValues: { channel: 'SMS', mode: 'text', templateId: null, purpose: 'MARKETING', subject: '', body: '' },
    validate: {
      templateId: (v, values) => (values.mode === 'template' && !v ? t('validation.required') : null),
      body: (v, values) => (values.mode === 'text' && !v.trim() ? t('validation.required') : null),
      subject: (v, values) => (values.mode === 'text' && values.channel === 'EMAIL' && !v.trim() ? t('messaging.fieldErrors.subjectRequired') : null),
    },
  });
  const values = form.getValues();
  const [params, setParams] = useState<Record<string, string>>({});
  const [paramsError, setParamsError] = useState<string | null>(null);
  const idempotency = useRef<{ payload: string; key: string } | null>(null);
  const choice = useTemplateChoice(values.channel, values.templateId);
  const { template, paramNames } = choice;
  const purpose: MessagePurpose | null = values.mode === 'template' ? (template?.purpose ?? null) : values.purpose;
  const n = (value: number) => formatNumber(value, i18n.language);
  const textDir = i18n.language === 'fa' ? 'rtl' : 'ltr';

  const start = () => {
    setParamsError(null);
    const input = bulkSendInput(values, audience, filledParams(params, paramNames));
    idempotency.current = keyFor(idempotency.current, JSON.stringify(input));
    send.mutate(
      { ...input, idempotencyKey: idempotency.current.key },
      {
        onSuccess: (bulk) => {
          setBulkSendId(bulk.id);
          setStep('progress');
        },
        onError: (error) => {
          if (!isApiError(error) || error.fields.length === 0) return;
          // Something in the message itself: back to it, with the problem on its field.
          const paramField = error.fields.find((f) => f.field.startsWith('input.params'));
          if (paramField) setParamsError(fieldMessageText(paramField.message, t));
          applyFieldErrors(translatingForm(form, t), error);
          setStep('compose');
        },
      },
    );
  };

  if (step === 'progress' && bulkSendId) return <BulkSendProgress id={bulkSendId} audience={audience.total} onClose={onClose} />;

  const channelLabel = t(`enums.MessagingChannel.${values.channel}`);
  const consentNote = purpose === 'MARKETING' && (
    <Alert color="orange" variant="light" icon={<IconAlert />} data-testid="bulk-consent-note">
      {t('messaging.bulk.marketingConsent', { channel: channelLabel })}
    </Alert>
  );
  const showGenericError = send.isError && !(isApiError(send.error) && send.error.fields.length > 0);

  if (step === 'confirm') {
    return (
      <Stack data-testid="bulk-confirm-step">
        {showGenericError && <ErrorAlert error={send.error} />}
        <Paper withBorder radius="md" p="md" bg="gray.0">
          <Stack gap={4} align="center">
            <Text size="sm" c="dimmed">{t('messaging.bulk.audience')}</Text>
            <Text fw={700} fz={32} lh={1.1} data-testid="bulk-audience" data-count={audience.total}>{n(audience.total)}</Text>
            <Text size="sm" c="dimmed">{t('messaging.bulk.contacts', { count: audience.total })}</Text>
          </Stack>
        </Paper>
        <SimpleGrid cols={2} spacing="xs">
          <Text size="sm" c="dimmed">{t('messaging.columns.channel')}</Text>
          <Text size="sm">{channelLabel}</Text>
          <Text size="sm" c="dimmed">{t('messaging.columns.purpose')}</Text>
          <Text size="sm">{purpose ? t(`enums.MessagePurpose.${purpose}`) : '—'}</Text>
          <Text size="sm" c="dimmed">{t('messaging.send.content')}</Text>
          {values.mode === 'template' ? (
            <Text size="sm">{template ? `${template.name} (${t(`messaging.languages.${template.language}`)})` : '—'}</Text>
          ) : (
            <Text size="sm" lineClamp={3} dir={textDirection(values.body, textDir)} style={{ whiteSpace: 'pre-wrap' }}>{values.body}</Text>
          )}
        </SimpleGrid>
        <Text size="sm" c="dimmed">{t(`messaging.bulk.skipNote.${values.channel}`)}</Text>
        {consentNote}
        <Group justify="space-between">
          <Button variant="default" onClick={() => setStep('compose')} disabled={send.isPending} data-testid="bulk-back">{t('messaging.bulk.back')}</Button>
          <Button onClick={start} loading={send.isPending} data-testid="bulk-submit">
            {t('messaging.bulk.submit', { count: audience.total, formatted: n(audience.total) })}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={form.onSubmit(() => setStep('confirm'))} noValidate data-testid="bulk-send-form">
      <Fieldset variant="unstyled" disabled={send.isPending}>
        <Stack>
          {showGenericError && <ErrorAlert error={send.error} />}
          <Text size="sm" c="dimmed" data-testid="bulk-audience-line">
            {t(audience.search?.trim() ? 'messaging.bulk.audienceSearch' : 'messaging.bulk.audienceLine', {
              count: audience.total,
              formatted: n(audience.total),
              search: audience.search?.trim(),
            })}
          </Text>
          <Group gap="xl" align="flex-start" wrap="wrap">
            <Input.Wrapper label={t('messaging.columns.channel')}>
              <div>
                <SegmentedControl
                  mt={4}
                  data={MESSAGING_CHANNELS.map((c) => ({ value: c, label: t(`enums.MessagingChannel.${c}`) }))}
                  value={values.channel}
                  onChange={(c) => {
                    form.setFieldValue('channel', c as MessagingChannel);
                    form.setFieldValue('templateId', null);
                  }}
                  data-testid="send-channel"
                />
              </div>
            </Input.Wrapper>
            <Input.Wrapper label={t('messaging.send.content')}>
              <div>
                <SegmentedControl
                  mt={4}
                  data={[
                    { value: 'text', label: t('messaging.send.oneOff') },
                    { value: 'template', label: t('messaging.send.template') },
                  ]}
                  data-testid="send-mode"
                  {...form.getInputProps('mode')}
                />
              </div>
            </Input.Wrapper>
          </Group>

          {values.mode === 'template' ? (
            <>
              <TemplateSelect choice={choice} inputProps={form.getInputProps('templateId')} />
              <TemplateParamInputs names={paramNames} values={params} onChange={setParams} error={paramsError} />
            </>
          ) : (
            <>
              <OneOffMessageFields values={values} inputProps={(field) => form.getInputProps(field)} maxRows={10} />
            </>
          )}
          {consentNote}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" disabled={audience.total === 0} data-testid="bulk-next">{t('messaging.bulk.next')}</Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

const BULK_STATUS_COLORS: Record<string, string> = { RUNNING: 'blue', DONE: 'teal', FAILED: 'red' };

/** The bulk send as its messages are queued (polled), then where to find them. */
function BulkSendProgress({ id, audience, onClose }: { id: string; audience: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const bulk = useBulkSend(id, { poll: true });
  const n = (value: number) => formatNumber(value, i18n.language);
  if (bulk.isError) return <ErrorAlert error={bulk.error} />;
  const data = bulk.data;
  if (!data) return null;
  const running = data.status === 'RUNNING';
  return (
    <Stack data-testid="bulk-progress" data-status={data.status} data-queued={data.queued} data-skipped={data.skipped}>
      <Group justify="space-between" wrap="nowrap">
        <Text fw={500}>{t(`messaging.bulk.statusText.${data.status}`)}</Text>
        <Badge color={BULK_STATUS_COLORS[data.status] ?? 'gray'} variant="light" data-testid="bulk-status">
          {t(`enums.BulkSendStatus.${data.status}`, { defaultValue: data.status })}
        </Badge>
      </Group>
      <Progress value={bulkProgress(data, audience)} animated={running} color={data.status === 'FAILED' ? 'red' : undefined} aria-label={t('messaging.bulk.progress')} />
      <SimpleGrid cols={2}>
        <Paper withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed">{t('messaging.bulk.queued')}</Text>
          <Text fw={700} fz="xl" data-testid="bulk-queued">{n(data.queued)}</Text>
        </Paper>
        <Paper withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed">{t(`messaging.bulk.skipped.${data.channel}`)}</Text>
          <Text fw={700} fz="xl" data-testid="bulk-skipped">{n(data.skipped)}</Text>
        </Paper>
      </SimpleGrid>
      {data.error && (
        <Alert color="red" variant="light" icon={<IconAlert />} data-testid="bulk-error">
          <span dir="auto">{fieldMessageText(data.error, t)}</span>
        </Alert>
      )}
      {running && <Text size="xs" c="dimmed">{t('messaging.bulk.background')}</Text>}
      {!running && data.queued > 0 && <Text size="sm" c="dimmed">{t('messaging.bulk.deliveryNote')}</Text>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-testid="bulk-close">{t('messaging.bulk.close')}</Button>
        <Button component={Link} to={paths.bulkSendMessages(id)} onClick={onClose} data-testid="bulk-outbox-link">
          {t('messaging.bulk.openOutbox')}
        </Button>
      </Group>
    </Stack>
  );
}
