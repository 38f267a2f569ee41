import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { StatusPage } from '@/components/status-page';
import { paths } from '@/config/paths';

/** Customer sign-up / login arrive in a later issue. */
export function ComingSoonRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  return (
    <StatusPage
      testId="club-coming-soon"
      title={t('comingSoon.title')}
      description={t('comingSoon.description')}
      icon="⏳"
      actions={
        <Button component={Link} to={paths.landing(slug)} variant="light">
          {t('comingSoon.back')}
        </Button>
      }
    />
  );
}
