import { Alert, Button, Fieldset, Group, Input, Modal, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { isApiError } from '@peyvand/web';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { IconAlert } from '@/components/icons';
import type { MessageListFieldsFragment, MessagePurpose, MessagingChannel, SendMessageInput } from '@/gql/graphql';
import { applyFieldErrors } from '@/lib/forms';
import { notifySuccess } from '@/lib/notify';
import { usePreviewMessageTemplate } from '../api/preview-message-template';
import { useSendMessage } from '../api/send-message';
import { keyFor } from '../lib/idempotency';
import { fieldMessageText, translatingForm } from '../lib/server-text';
import { filledParams } from '../lib/template-params';
import { OneOffMessageFields } from './one-off-message-fields';
import { SmsPartCounter } from './sms-part-counter';
import { TemplateParamInputs, TemplateSelect, useTemplateChoice } from './template-fields';

export interface MessageRecipient {
  id: string;
  fullName: string;
  email?: string | null;
  primaryPhone?: string | null;
}

interface FormValues {
  channel: MessagingChannel;
  mode: 'template' | 'text';
  templateId: string | null;
  purpose: MessagePurpose;
  subject: string;
  body: string;
}

/** Sends an email or SMS to one contact: a saved template (with its params) or one-off text. */
export function SendMessageModal({
  contact,
  opened,
  onClose,
  onSent,
}: {
  contact: MessageRecipient;
  opened: boolean;
  onClose: () => void;
  onSent?: (message: MessageListFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('messaging.send.title', { name: contact.fullName })} centered size="lg">
      {/* Mounted only while open: every opening starts from a clean form and a new idempotency key. */}
      {opened && <SendMessageForm contact={contact} onClose={onClose} onSent={onSent} />}
    </Modal>
  );
}

function SendMessageForm({ contact, onClose, onSent }: { contact: MessageRecipient; onClose: () => void; onSent?: (m: MessageListFieldsFragment) => void }) {
  const { t } = useTranslation();
  const send = useSendMessage();
  const hasPhone = !!contact.primaryPhone;
  const hasEmail = !!contact.email;
  const form = useForm<FormValues>({
    initialValues: { channel: hasPhone || !hasEmail ? 'SMS' : 'EMAIL', mode: 'text', templateId: null, purpose: 'TRANSACTIONAL', subject: '', body: '' },
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
  const [debouncedParams] = useDebouncedValue(params, 400);
  const preview = usePreviewMessageTemplate(
    values.mode === 'template' && template ? { templateId: template.id, contactId: contact.id, params: filledParams(debouncedParams, paramNames) } : null,
  );

  const unavailable = values.channel === 'SMS' ? !hasPhone : !hasEmail;

  const submit = form.onSubmit((v) => {
    setParamsError(null);
    const input: SendMessageInput =
      v.mode === 'template'
        ? { contactId: contact.id, channel: v.channel, templateId: v.templateId, params: filledParams(params, paramNames) }
        : { contactId: contact.id, channel: v.channel, purpose: v.purpose, subject: v.channel === 'EMAIL' ? v.subject.trim() : null, body: v.body };
    idempotency.current = keyFor(idempotency.current, JSON.stringify(input));
    send.mutate(
      { ...input, idempotencyKey: idempotency.current.key },
      {
        onSuccess: (message) => {
          notifySuccess(t('messaging.send.queued'));
          onSent?.(message);
          onClose();
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          const paramField = error.fields.find((f) => f.field.startsWith('input.params'));
          if (paramField) setParamsError(fieldMessageText(paramField.message, t));
          applyFieldErrors(translatingForm(form, t), error);
        },
      },
    );
  });

  const channelData = (['SMS', 'EMAIL'] as const).map((c) => ({
    value: c,
    label: t(`enums.MessagingChannel.${c}`),
    disabled: c === 'SMS' ? !hasPhone : !hasEmail,
  }));
  const showGenericError = send.isError && !(isApiError(send.error) && send.error.fields.length > 0);

  return (
    <form onSubmit={submit} noValidate data-testid="send-message-form">
      <Fieldset variant="unstyled" disabled={send.isPending}>
        <Stack>
          {!hasPhone && !hasEmail && (
            <Alert color="yellow" variant="light" icon={<IconAlert />}>{t('messaging.send.noAddress')}</Alert>
          )}
          {showGenericError && <ErrorAlert error={send.error} />}
          <Group gap="xl" align="flex-start" wrap="wrap">
            <Input.Wrapper label={t('messaging.columns.channel')} error={form.errors.channel}>
              <div>
                <SegmentedControl
                  mt={4}
                  data={channelData}
                  value={values.channel}
                  onChange={(c) => {
                    form.setFieldValue('channel', c as MessagingChannel);
                    form.setFieldValue('templateId', null);
                    form.clearFieldError('channel');
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
          {unavailable && (hasPhone || hasEmail) && (
            <Text size="sm" c="orange.8">{values.channel === 'SMS' ? t('messaging.fieldErrors.noPhone') : t('messaging.fieldErrors.noEmail')}</Text>
          )}

          {values.mode === 'template' ? (
            <>
              <TemplateSelect choice={choice} inputProps={form.getInputProps('templateId')} />
              <TemplateParamInputs names={paramNames} values={params} onChange={setParams} error={paramsError} />
              {template && (
                <Paper withBorder radius="md" p="sm" bg="gray.0" data-testid="send-preview">
                  <Text size="xs" c="dimmed" mb={4}>{t('messaging.preview.title')}</Text>
                  {preview.isError && isApiError(preview.error) && preview.error.fields.length > 0 ? (
                    <Text size="sm" c="red">{fieldMessageText(preview.error.fields[0].message, t)}</Text>
                  ) : preview.isError ? (
                    <ErrorAlert error={preview.error} />
                  ) : (
                    preview.data && (
                      <Stack gap={6} style={{ opacity: preview.isFetching ? 0.6 : 1 }}>
                        {preview.data.subject && <Text fw={600} size="sm" dir={preview.data.language === 'fa' ? 'rtl' : 'ltr'}>{preview.data.subject}</Text>}
                        <Text size="sm" dir={preview.data.language === 'fa' ? 'rtl' : 'ltr'} style={{ whiteSpace: 'pre-wrap' }}>{preview.data.bodyText}</Text>
                        {preview.data.smsParts && <SmsPartCounter parts={preview.data.smsParts} testId="send-preview-parts" />}
                      </Stack>
                    )
                  )}
                </Paper>
              )}
            </>
          ) : (
            <>
              <OneOffMessageFields values={values} inputProps={(field) => form.getInputProps(field)} />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={send.isPending} disabled={unavailable} data-testid="send-submit">{t('messaging.send.submit')}</Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
