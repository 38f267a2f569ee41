import { Button, Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { StatusPage } from '@/components/status-page';
import { usePublicWorkspace } from '@/features/workspace/api/get-public-workspace';
import { ClubLanding } from '@/features/workspace/components/club-landing';
import { errorCode } from '@peyvand/web';
import { applyWorkspaceDefaultLocale } from '@/lib/i18n';
import { NotFoundRoute } from './not-found';

export function LandingRoute() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const workspace = usePublicWorkspace(slug);

  useEffect(() => {
    if (workspace.data) applyWorkspaceDefaultLocale(workspace.data.defaultLocale);
  }, [workspace.data]);

  useEffect(() => {
    if (workspace.data) document.title = t('landing.documentTitle', { name: workspace.data.name });
  }, [workspace.data, t]);

  if (workspace.isPending) {
    return (
      <Center h="100vh" data-testid="page-loader">
        <Loader />
      </Center>
    );
  }
  if (workspace.isError) {
    if (errorCode(workspace.error) === 'NOT_FOUND') return <NotFoundRoute />;
    return (
      <StatusPage
        testId="club-error"
        title={t('errors.title')}
        description={t(`errors.${errorCode(workspace.error)}`)}
        actions={<Button variant="light" onClick={() => void workspace.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!workspace.data) return <NotFoundRoute />;
  return <ClubLanding workspace={workspace.data} />;
}
