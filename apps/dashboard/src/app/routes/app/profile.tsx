import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { AlertPreferences } from '@/features/profile/components/alert-preferences';
import { ProfileForm } from '@/features/profile/components/profile-form';

export function ProfileRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <Stack maw={720}>
        <ProfileForm />
        <AlertPreferences />
      </Stack>
    </>
  );
}
