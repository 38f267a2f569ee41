import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldErrorsOf, isApiError } from '@peyvand/web';
import { fieldMessageText } from '../lib/server-text';

/** Asks why (cancel a pro-forma or an invoice, lose a deal): the reason is required, the server's field error is shown on it. */
export function ReasonModal({
  opened,
  onClose,
  title,
  label,
  submitLabel,
  onSubmit,
  pending,
  testId = 'reason-form',
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  label: string;
  submitLabel: string;
  onSubmit: (reason: string) => Promise<unknown>;
  pending?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setReason('');
    setFieldError(null);
    setError(null);
    onClose();
  };
  const submit = async () => {
    setFieldError(null);
    setError(null);
    try {
      await onSubmit(reason.trim());
      close();
    } catch (e) {
      const fields = fieldErrorsOf(e);
      const message = fields.reason;
      if (message) setFieldError(fieldMessageText(message, t));
      else if (!(isApiError(e) && e.code === 'BAD_USER_INPUT' && Object.keys(fields).length)) setError(e);
      else setFieldError(fieldMessageText(Object.values(fields)[0], t));
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        data-testid={testId}
      >
        <Stack>
          <Textarea
            label={label}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError}
            autosize
            minRows={2}
            data-autofocus
            data-testid="reason-input"
          />
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={pending} data-testid="reason-submit">
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
