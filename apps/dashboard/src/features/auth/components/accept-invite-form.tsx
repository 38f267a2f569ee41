import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { hasLength, isNotEmpty, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { applyFieldErrors } from '@/lib/forms';
import { useAcceptInvitation } from '../api/accept-invitation';

export function AcceptInviteForm({ token }: { token: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const form = useForm({
    initialValues: { fullName: '', password: '' },
    validate: {
      fullName: isNotEmpty(t('validation.required')),
      password: hasLength({ min: 8 }, t('validation.passwordLength', { count: 8 })),
    },
  });

  if (!token) {
    return (
      <Alert color="red" variant="light" title={t('auth.acceptInvite.title')} data-testid="accept-invite-missing-token">
        {t('auth.acceptInvite.missingToken')}
      </Alert>
    );
  }

  const submit = form.onSubmit((values) => {
    accept.reset();
    accept.mutate(
      { token, fullName: values.fullName.trim(), password: values.password },
      {
        onSuccess: () => navigate(paths.home, { replace: true }),
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate data-testid="accept-invite-form">
      <Stack>
        <div>
          <Title order={2} size="h3">{t('auth.acceptInvite.title')}</Title>
          <Text c="dimmed" size="sm">{t('auth.acceptInvite.subtitle')}</Text>
        </div>
        {accept.isError && <ErrorAlert error={accept.error} />}
        <TextInput label={t('auth.fields.fullName')} required autoComplete="name" data-testid="accept-full-name" {...form.getInputProps('fullName')} />
        <PasswordInput label={t('auth.fields.password')} required autoComplete="new-password" data-testid="accept-password" {...form.getInputProps('password')} />
        <Button type="submit" loading={accept.isPending} fullWidth data-testid="accept-submit">
          {t('auth.acceptInvite.submit')}
        </Button>
      </Stack>
    </form>
  );
}
