import { Button, Card, Group, SegmentedControl, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { usePermission, useViewer } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { notifySuccess } from '@/lib/notify';
import { useUpdateWorkspace } from '../api/update-workspace';

const TIMEZONES = ['Asia/Tehran', 'Asia/Dubai', 'Asia/Kabul', 'Europe/Istanbul', 'Europe/London', 'Europe/Berlin', 'America/Toronto', 'UTC'];

export function WorkspaceSettingsForm() {
  const { t } = useTranslation();
  const { data: viewer, isPending } = useViewer();
  const canManage = usePermission(PERMISSIONS.workspaceManage);
  const update = useUpdateWorkspace();
  const form = useForm({
    initialValues: { name: '', timezone: 'Asia/Tehran', defaultLocale: 'fa', displayCurrency: 'IRT' },
    validate: { name: isNotEmpty(t('validation.required')), timezone: isNotEmpty(t('validation.required')) },
  });

  const workspace = viewer?.workspace;
  useEffect(() => {
    if (!workspace) return;
    const values = {
      name: workspace.name,
      timezone: workspace.timezone,
      defaultLocale: workspace.defaultLocale,
      displayCurrency: workspace.displayCurrency,
    };
    form.setValues(values);
    form.resetDirty(values);
  }, [workspace?.id, workspace?.name, workspace?.timezone, workspace?.defaultLocale, workspace?.displayCurrency]);

  if (isPending || !workspace) return <Skeleton h={280} radius="lg" />;

  const timezones = TIMEZONES.includes(workspace.timezone) ? TIMEZONES : [workspace.timezone, ...TIMEZONES];

  const submit = form.onSubmit((values) => {
    update.reset();
    update.mutate(
      { name: values.name.trim(), timezone: values.timezone, defaultLocale: values.defaultLocale, displayCurrency: values.displayCurrency },
      {
        onSuccess: () => notifySuccess(t('settings.workspace.saved')),
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  });

  return (
    <Card withBorder radius="lg" padding="lg" maw={640}>
      <form onSubmit={submit} noValidate data-testid="workspace-form">
        <Stack>
          <div>
            <Title order={3} size="h4">{t('settings.workspace.title')}</Title>
            {!canManage && <Text c="dimmed" size="sm">{t('settings.workspace.readOnly')}</Text>}
          </div>
          {update.isError && <ErrorAlert error={update.error} />}
          <TextInput label={t('settings.workspace.fields.name')} required disabled={!canManage} data-testid="workspace-name-input" {...form.getInputProps('name')} />
          <Select
            label={t('settings.workspace.fields.timezone')}
            data={timezones}
            searchable
            allowDeselect={false}
            disabled={!canManage}
            data-testid="workspace-timezone"
            {...form.getInputProps('timezone')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('settings.workspace.fields.defaultLocale')}</Text>
            <SegmentedControl
              disabled={!canManage}
              data-testid="workspace-default-locale"
              data={[
                { value: 'fa', label: 'فارسی' },
                { value: 'en', label: 'English' },
              ]}
              {...form.getInputProps('defaultLocale')}
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('settings.workspace.fields.displayCurrency')}</Text>
            <SegmentedControl
              disabled={!canManage}
              data-testid="workspace-currency"
              data={[
                { value: 'IRT', label: t('currency.IRT') },
                { value: 'IRR', label: t('currency.IRR') },
              ]}
              {...form.getInputProps('displayCurrency')}
            />
            <Text size="xs" c="dimmed">{t('settings.workspace.currencyHint')}</Text>
          </Stack>
          {canManage && (
            <Group justify="flex-end">
              <Button type="submit" loading={update.isPending} disabled={!form.isDirty()} data-testid="workspace-save">
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
