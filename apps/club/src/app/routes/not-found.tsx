import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusPage } from '@/components/status-page';

export function NotFoundRoute() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('notFound.title');
  }, [t]);
  return <StatusPage testId="club-not-found" title={t('notFound.title')} description={t('notFound.description')} icon="?" />;
}
