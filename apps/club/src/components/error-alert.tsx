import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@peyvand/web';

/** Translates the API error code (TOO_MANY_REQUESTS, NOT_FOUND, …) into a readable message. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert" data-testid="error-alert">
      {t(`errors.${errorCode(error)}`)}
    </Alert>
  );
}
