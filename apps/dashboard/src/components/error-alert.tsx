import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@peyvand/web';
import { IconAlert } from './icons';

/** Translates the API error code (FORBIDDEN, CONFLICT, ...) into a readable message. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown) => t(`errors.${errorCode(error)}`);
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} title={title ?? t('errors.title')} role="alert" data-testid="error-alert">
      {message(error)}
    </Alert>
  );
}
