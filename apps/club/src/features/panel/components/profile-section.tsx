import { Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { IconLogout } from '@/components/icons';
import { Ltr } from '@/components/ltr';
import { SectionCard } from '@/components/section-card';
import { paths } from '@/config/paths';
import type { ConsentChannel } from '@/gql/graphql';
import { useClub } from '@/lib/club-context';
import { formatDate, formatPhone } from '@/lib/format';
import { useSession } from '@/lib/session';
import { fieldErrorsOf } from '@peyvand/web';
import { useClubMe } from '../api/get-club-me';
import { useUpdateClubConsent } from '../api/update-club-consent';
import { useUpdateClubProfile } from '../api/update-club-profile';

const CHANNELS: ConsentChannel[] = ['SMS', 'EMAIL', 'CALL'];

/** My name and email, what the business may send me, and signing out. */
export function ProfileSection() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const me = useClubMe(club.slug);
  const update = useUpdateClubProfile(club.slug);
  const consent = useUpdateClubConsent(club.slug);
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [form, setForm] = useState({ firstName: '', lastName: '', email: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (me.data) setForm({ firstName: me.data.firstName, lastName: me.data.lastName, email: me.data.email ?? '' });
  }, [me.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    update.mutate(
      { firstName: form.firstName.trim() || undefined, lastName: form.lastName.trim(), email: form.email.trim() || null },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('profile.saved') }),
        onError: (error) => setErrors(fieldErrorsOf(error)),
      },
    );
  };

  return (
    <Stack gap="md">
      <SectionCard title={t('profile.title')} testId="profile">
        {me.isError && <ErrorAlert error={me.error} />}
        {me.data && (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('profile.mobile')} <Ltr>{formatPhone(me.data.phone, i18n.language)}</Ltr> · {t('profile.memberSince', { date: formatDate(me.data.membership.joinedAt, i18n.language) })}
              </Text>
              <Group grow align="flex-start" gap="xs">
                <TextInput label={t('profile.firstName')} value={form.firstName} onChange={(e) => setForm({ ...form, firstName: e.currentTarget.value })} error={errors.firstName} />
                <TextInput label={t('profile.lastName')} value={form.lastName} onChange={(e) => setForm({ ...form, lastName: e.currentTarget.value })} error={errors.lastName} />
              </Group>
              <TextInput label={t('profile.email')} type="email" dir="ltr" value={form.email} onChange={(e) => setForm({ ...form, email: e.currentTarget.value })} error={errors.email} />
              {update.isError && Object.keys(errors).length === 0 && <ErrorAlert error={update.error} />}
              <Group justify="flex-end">
                <Button type="submit" color={club.color} loading={update.isPending}>{t('common.save')}</Button>
              </Group>
            </Stack>
          </form>
        )}
      </SectionCard>
      <SectionCard title={t('profile.consents')}>
        <Stack gap="xs">
          {CHANNELS.map((channel) => {
            const status = me.data?.consents.find((c) => c.channel === channel)?.status;
            return (
              <Switch
                key={channel}
                label={t(`profile.consent.${channel}`)}
                checked={status === 'GRANTED'}
                disabled={!me.data || consent.isPending}
                color={club.color}
                onChange={(e) => consent.mutate({ channel, status: e.currentTarget.checked ? 'GRANTED' : 'WITHDRAWN' })}
                data-testid={`consent-${channel}`}
              />
            );
          })}
          {consent.isError && <ErrorAlert error={consent.error} />}
        </Stack>
      </SectionCard>
      <Group justify="center">
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconLogout size={16} />}
          onClick={() => {
            // Leave the panel first: once signed out, its pages would send a visitor to the sign-in form.
            navigate(paths.landing(club.slug), { replace: true });
            void signOut();
          }}
          data-testid="sign-out"
        >
          {t('nav.logout')}
        </Button>
      </Group>
    </Stack>
  );
}
