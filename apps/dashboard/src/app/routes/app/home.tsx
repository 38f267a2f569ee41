import { Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { useViewer } from '@/lib/authorization';

export function HomeRoute() {
  const { t } = useTranslation();
  const { data: viewer, isPending, error } = useViewer();

  if (error) return <ErrorAlert error={error} />;
  if (isPending || !viewer) return <Skeleton h={160} radius="lg" />;

  const { workspace, user, role } = viewer;
  return (
    <Stack gap="lg">
      <div>
        <Text c="dimmed" size="sm">{t('home.welcome', { name: user?.fullName ?? '' })}</Text>
        <Title order={1} data-testid="workspace-name">{workspace.name}</Title>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder radius="lg" padding="lg">
          <Text fw={600} mb="sm">{t('home.workspaceCard')}</Text>
          <Stack gap={6}>
            <Row label={t('settings.workspace.fields.slug')} value={<Ltr>{workspace.slug}</Ltr>} />
            <Row label={t('settings.workspace.fields.timezone')} value={<Ltr>{workspace.timezone}</Ltr>} />
            <Row label={t('settings.workspace.fields.displayCurrency')} value={t(`currency.${workspace.displayCurrency}`, { defaultValue: workspace.displayCurrency })} />
            <Row label={t('home.createdAt')} value={<DateText value={workspace.createdAt} />} />
          </Stack>
        </Card>
        <Card withBorder radius="lg" padding="lg" data-testid="signed-in-user">
          <Text fw={600} mb="sm">{t('home.userCard')}</Text>
          <Stack gap={6}>
            <Row label={t('auth.fields.fullName')} value={user?.fullName ?? '—'} />
            <Row label={t('auth.fields.email')} value={<Ltr>{user?.email ?? '—'}</Ltr>} />
            <Row label={t('staff.columns.role')} value={role ? <Badge variant="light">{t(`roles.${role}`)}</Badge> : '—'} />
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

function Row({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text c="dimmed" size="sm">{label}</Text>
      <Text size="sm" component="div">{value}</Text>
    </Group>
  );
}
