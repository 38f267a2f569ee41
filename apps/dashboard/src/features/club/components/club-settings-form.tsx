import { Avatar, Badge, Button, Card, ColorInput, CopyButton, Grid, Group, Radio, Skeleton, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { PERMISSIONS } from '@/config/constants';
import type { ClubApproach, ClubSettingsFieldsFragment } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { notifySuccess } from '@/lib/notify';
import { useClubSettings, useUpdateClubSettings } from '../api/club-settings';
import { clubTranslatingForm } from '../lib/server-text';

const APPROACHES: ClubApproach[] = ['OPEN', 'AFTER_PURCHASE', 'BOTH'];
const HEX = /^#[0-9a-fA-F]{6}$/;

/** The club's approach, after-sales panel and branding (club:manage to change), with a preview and its public address. */
export function ClubSettingsForm() {
  const settings = useClubSettings();
  if (settings.isError) return <ErrorAlert error={settings.error} />;
  if (!settings.data) return <Skeleton h={420} radius="lg" />;
  return <SettingsForm settings={settings.data} />;
}

function SettingsForm({ settings }: { settings: ClubSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const canManage = usePermission(PERMISSIONS.clubManage);
  const update = useUpdateClubSettings();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      enabled: settings.enabled,
      approach: settings.approach,
      afterSalesPanel: settings.afterSalesPanel,
      displayNameFa: settings.displayNameFa,
      displayNameEn: settings.displayNameEn,
      logoUrl: settings.logoUrl ?? '',
      primaryColor: settings.primaryColor,
    },
    validate: {
      primaryColor: (v) => (HEX.test(v) ? null : t('club.fieldErrors.color')),
      logoUrl: (v) => (!v.trim() || /^https?:\/\/\S+$/i.test(v.trim()) ? null : t('club.fieldErrors.url')),
    },
  });
  const values = form.getValues();
  const submit = form.onSubmit((v) => {
    setError(null);
    update.mutate(
      {
        enabled: v.enabled,
        approach: v.approach,
        afterSalesPanel: v.afterSalesPanel,
        displayNameFa: v.displayNameFa.trim() || null,
        displayNameEn: v.displayNameEn.trim() || null,
        logoUrl: v.logoUrl.trim() || null,
        primaryColor: v.primaryColor,
      },
      {
        onSuccess: (saved) => {
          form.setInitialValues({ ...v, displayNameFa: saved.displayNameFa, displayNameEn: saved.displayNameEn, logoUrl: saved.logoUrl ?? '' });
          form.setValues({ displayNameFa: saved.displayNameFa, displayNameEn: saved.displayNameEn, logoUrl: saved.logoUrl ?? '' });
          notifySuccess(t('club.settings.saved'));
        },
        onError: (e) => {
          if (!applyFieldErrors(clubTranslatingForm(form, t), e)) setError(e);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate data-testid="club-settings-form">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            {error != null && <ErrorAlert error={error} />}
            <Card withBorder radius="lg" padding="lg">
              <Stack>
                <Title order={3} size="h5">{t('club.settings.membership')}</Title>
                <Switch label={t('club.settings.enabled')} description={t('club.settings.enabledHint')} disabled={!canManage} data-testid="club-enabled" {...form.getInputProps('enabled', { type: 'checkbox' })} />
                <Radio.Group label={t('club.settings.approach')} {...form.getInputProps('approach')}>
                  <Stack gap="xs" mt="xs">
                    {APPROACHES.map((a) => (
                      <Radio key={a} value={a} disabled={!canManage} label={t(`club.approach.${a}`)} description={t(`club.approachHint.${a}`)} data-testid={`club-approach-${a}`} />
                    ))}
                  </Stack>
                </Radio.Group>
                <Switch label={t('club.settings.afterSalesPanel')} description={t('club.settings.afterSalesPanelHint')} disabled={!canManage} data-testid="club-after-sales" {...form.getInputProps('afterSalesPanel', { type: 'checkbox' })} />
              </Stack>
            </Card>
            <Card withBorder radius="lg" padding="lg">
              <Stack>
                <Title order={3} size="h5">{t('club.settings.branding')}</Title>
                <Group grow align="flex-start">
                  <TextInput label={t('club.settings.nameFa')} dir="rtl" disabled={!canManage} data-testid="club-name-fa" {...form.getInputProps('displayNameFa')} />
                  <TextInput label={t('club.settings.nameEn')} dir="ltr" disabled={!canManage} data-testid="club-name-en" {...form.getInputProps('displayNameEn')} />
                </Group>
                <TextInput label={t('club.settings.logoUrl')} description={t('club.settings.logoUrlHint')} dir="ltr" placeholder="https://" disabled={!canManage} data-testid="club-logo" {...form.getInputProps('logoUrl')} />
                <ColorInput label={t('club.settings.color')} dir="ltr" format="hex" disabled={!canManage} swatches={['#0f766e', '#1d4ed8', '#7c3aed', '#be123c', '#c2410c', '#15803d']} data-testid="club-color" {...form.getInputProps('primaryColor')} />
              </Stack>
            </Card>
            {canManage && (
              <Group justify="flex-end">
                <Button type="submit" loading={update.isPending} disabled={!form.isDirty()} data-testid="club-settings-save">{t('common.save')}</Button>
              </Group>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Card withBorder radius="lg" padding="lg">
              <Title order={3} size="h5" mb="sm">{t('club.settings.address')}</Title>
              <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }} data-testid="club-url"><Ltr>{settings.url}</Ltr></Text>
              <Group justify="space-between" mt="xs" wrap="nowrap" align="flex-start">
                <Text size="xs" c="dimmed">{t('club.settings.addressHint')}</Text>
                <CopyButton value={settings.url}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="light" color={copied ? 'teal' : undefined} onClick={copy} data-testid="club-url-copy" style={{ flexShrink: 0 }}>
                      {copied ? t('common.copied') : t('club.settings.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Card>
            <BrandingPreview name={values.displayNameFa || settings.displayNameFa} nameEn={values.displayNameEn || settings.displayNameEn} logoUrl={values.logoUrl} color={HEX.test(values.primaryColor) ? values.primaryColor : settings.primaryColor} enabled={values.enabled} />
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}

/** Roughly how the club's header looks to a member, in both languages. */
function BrandingPreview({ name, nameEn, logoUrl, color, enabled }: { name: string; nameEn: string; logoUrl: string; color: string; enabled: boolean }) {
  const { t } = useTranslation();
  const logo = /^https?:\/\/\S+$/i.test(logoUrl.trim()) ? logoUrl.trim() : undefined;
  const row = (label: string, dir: 'rtl' | 'ltr', lang: string) => (
    <div dir={dir} lang={lang} style={{ background: color, borderRadius: 12, padding: '12px 16px', color: 'white' }}>
      <Group gap="sm" wrap="nowrap">
        <Avatar src={logo} radius="xl" color="white" variant="filled" styles={{ placeholder: { color } }}>
          {label.slice(0, 1)}
        </Avatar>
        <Text fw={700} truncate>{label}</Text>
      </Group>
    </div>
  );
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="club-preview">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">{t('club.settings.preview')}</Title>
        {!enabled && <Badge color="gray" variant="light">{t('club.settings.closed')}</Badge>}
      </Group>
      <Stack gap="sm">
        {row(name, 'rtl', 'fa')}
        {row(nameEn, 'ltr', 'en')}
      </Stack>
    </Card>
  );
}
