import { Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { errorCode } from '@peyvand/web';
import { applyFieldErrors } from '@/lib/forms';
import { useLogin } from '../api/login';

export function LoginForm() {
  const { t } = useTranslation();
  const login = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '', workspaceSlug: '' },
    validate: {
      email: isEmail(t('validation.email')),
      password: isNotEmpty(t('validation.required')),
    },
  });

  const submit = form.onSubmit((values) => {
    login.reset();
    login.mutate(
      { email: values.email.trim(), password: values.password, workspaceSlug: values.workspaceSlug.trim() || undefined },
      { onError: (error) => applyFieldErrors(form, error) },
    );
  });

  return (
    <form onSubmit={submit} noValidate data-testid="login-form">
      <Stack>
        <div>
          <Title order={2} size="h3">{t('auth.login.title')}</Title>
          <Text c="dimmed" size="sm">{t('auth.login.subtitle')}</Text>
        </div>
        {login.isError && (
          <ErrorAlert
            error={login.error}
            title={errorCode(login.error) === 'UNAUTHENTICATED' ? t('auth.login.failed') : undefined}
          />
        )}
        <TextInput label={t('auth.fields.email')} required type="email" dir="ltr" autoComplete="email" data-testid="login-email" {...form.getInputProps('email')} />
        <PasswordInput label={t('auth.fields.password')} required autoComplete="current-password" data-testid="login-password" {...form.getInputProps('password')} />
        <TextInput
          label={t('auth.fields.workspaceSlugOptional')}
          description={t('auth.fields.workspaceSlugLoginHint')}
          dir="ltr"
          data-testid="login-workspace-slug"
          {...form.getInputProps('workspaceSlug')}
        />
        <Button type="submit" loading={login.isPending} fullWidth data-testid="login-submit">
          {t('auth.login.submit')}
        </Button>
        <Text size="sm" ta="center">
          {t('auth.login.noAccount')}{' '}
          <Anchor component={Link} to={paths.signup} data-testid="go-to-signup">
            {t('auth.signup.link')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
