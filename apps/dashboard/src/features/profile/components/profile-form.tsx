import { Button, Card, Group, SegmentedControl, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { formatIranianPhone } from '@peyvand/phone';
import { isApiError } from '@peyvand/web';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { applyFieldErrors } from '@/lib/forms';
import { i18n as appI18n, isLocale, setLocale } from '@/lib/i18n';
import { notifySuccess } from '@/lib/notify';
import type { MyProfileFieldsFragment } from '@/gql/graphql';
import { useMyProfile } from '../api/get-my-profile';
import { useUpdateMyProfile } from '../api/update-my-profile';
import { profileFieldMessage } from '../lib/profile';

interface ProfileFormValues {
  fullName: string;
  locale: string;
  phone: string;
}

const toForm = (user: MyProfileFieldsFragment): ProfileFormValues => ({
  fullName: user.fullName,
  locale: user.locale,
  // Stored as E.164; shown the way people write it (foreign numbers stay E.164).
  phone: user.phone ? formatIranianPhone(user.phone) : '',
});

/** The signed-in member's name, language (of the dashboard and of their alerts) and mobile number for SMS alerts. */
export function ProfileForm() {
  const { t, i18n } = useTranslation();
  const profile = useMyProfile();
  const update = useUpdateMyProfile();
  const form = useForm<ProfileFormValues>({
    initialValues: { fullName: '', locale: 'fa', phone: '' },
    validate: { fullName: isNotEmpty(t('validation.required')) },
  });
  const user = profile.data;

  useEffect(() => {
    if (!user) return;
    const values = toForm(user);
    form.setValues(values);
    form.resetDirty(values);
  }, [user?.id, user?.fullName, user?.locale, user?.phone]);

  if (profile.isError) return <ErrorAlert error={profile.error} />;
  if (profile.isPending) return <Skeleton h={320} radius="lg" />;
  if (!user) return null;

  const submit = form.onSubmit((values) => {
    update.reset();
    update.mutate(
      { fullName: values.fullName.trim(), locale: values.locale, phone: values.phone.trim() },
      {
        onSuccess: (saved) => {
          // A new language applies to the dashboard at once (and is remembered like the header's switch).
          if (saved.locale !== user.locale && isLocale(saved.locale)) setLocale(saved.locale);
          notifySuccess(appI18n.t('profile.saved'));
        },
        onError: (error) =>
          applyFieldErrors(
            { setFieldError: (path, message) => form.setFieldError(path, profileFieldMessage(message, t, i18n.language)), getValues: () => form.getValues() },
            error,
          ),
      },
    );
  });
  const showGenericError = update.isError && !(isApiError(update.error) && update.error.fields.length > 0);

  return (
    <Card withBorder radius="lg" padding="lg">
      <form onSubmit={submit} noValidate data-testid="profile-form" data-phone={user.phone ?? ''}>
        <Stack>
          <Title order={3} size="h4">{t('profile.details')}</Title>
          {showGenericError && <ErrorAlert error={update.error} />}
          <TextInput label={t('profile.fields.email')} value={user.email} readOnly disabled dir="ltr" description={t('profile.emailHint')} />
          <TextInput label={t('profile.fields.fullName')} required data-testid="profile-full-name" {...form.getInputProps('fullName')} />
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('profile.fields.locale')}</Text>
            <div>
              <SegmentedControl
                data-testid="profile-locale"
                data={[
                  { value: 'fa', label: 'فارسی' },
                  { value: 'en', label: 'English' },
                ]}
                {...form.getInputProps('locale')}
              />
            </div>
            <Text size="xs" c="dimmed">{t('profile.localeHint')}</Text>
          </Stack>
          <TextInput
            label={t('profile.fields.phone')}
            description={
              user.phone ? (
                <>
                  {t('profile.phoneSaved')} <Ltr><span data-testid="profile-phone-saved">{user.phone}</span></Ltr>
                </>
              ) : (
                t('profile.phoneHint')
              )
            }
            placeholder="0912 345 6789"
            dir="ltr"
            inputMode="tel"
            autoComplete="tel"
            data-testid="profile-phone"
            {...form.getInputProps('phone')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()} data-testid="profile-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
