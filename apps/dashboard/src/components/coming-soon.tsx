import { EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconHourglass } from './icons';

export function ComingSoon({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      data-testid="coming-soon"
      mt="xl"
      variant="light"
      icon={<IconHourglass size={32} />}
      title={title}
      description={t('comingSoon.description')}
    />
  );
}
