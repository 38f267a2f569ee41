import { Button, Card, Group, NumberInput, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { usePermission } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { notifySuccess } from '@/lib/notify';
import { useLifecycleSettings } from '../api/get-lifecycle-settings';
import { useUpdateLifecycleSettings } from '../api/update-lifecycle-settings';

const FIELDS = ['clientMinOrders', 'clientWindowMonths', 'advocateMinReferrals', 'inactiveAfterDays', 'lostAfterDays'] as const;
type Values = Record<(typeof FIELDS)[number], number | string>;

export function LifecycleSettingsForm() {
  const { t } = useTranslation();
  const canManage = usePermission(PERMISSIONS.workspaceManage);
  const settings = useLifecycleSettings();
  const update = useUpdateLifecycleSettings();
  const form = useForm<Values>({
    initialValues: { clientMinOrders: '', clientWindowMonths: '', advocateMinReferrals: '', inactiveAfterDays: '', lostAfterDays: '' },
    validate: Object.fromEntries(
      FIELDS.map((f) => [f, (v: number | string) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? null : t('validation.positiveInteger'))]),
    ),
  });

  useEffect(() => {
    if (settings.data) {
      const { clientMinOrders, clientWindowMonths, advocateMinReferrals, inactiveAfterDays, lostAfterDays } = settings.data;
      const values = { clientMinOrders, clientWindowMonths, advocateMinReferrals, inactiveAfterDays, lostAfterDays };
      form.setInitialValues(values);
      form.setValues(values);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings.data]);

  const submit = form.onSubmit((values) =>
    update.mutate(
      Object.fromEntries(FIELDS.map((f) => [f, Number(values[f])])),
      { onSuccess: () => notifySuccess(t('settings.lifecycle.saved')), onError: (error) => applyFieldErrors(form, error) },
    ),
  );

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="lifecycle-settings">
      <Title order={3} size="h4" mb="xs">{t('settings.lifecycle.title')}</Title>
      <Text c="dimmed" size="sm" mb="md">{t('settings.lifecycle.description')}</Text>
      {settings.isError && <ErrorAlert error={settings.error} />}
      {settings.isPending ? (
        <Skeleton h={160} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {update.isError && <ErrorAlert error={update.error} />}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {FIELDS.map((f) => (
                <NumberInput
                  key={f}
                  label={t(`settings.lifecycle.fields.${f}`)}
                  description={t(`settings.lifecycle.hints.${f}`)}
                  min={1}
                  allowDecimal={false}
                  disabled={!canManage}
                  {...form.getInputProps(f)}
                />
              ))}
            </SimpleGrid>
            {canManage && (
              <Group justify="flex-end">
                <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>{t('common.save')}</Button>
              </Group>
            )}
          </Stack>
        </form>
      )}
    </Card>
  );
}
