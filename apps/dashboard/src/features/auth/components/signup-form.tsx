import { Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { hasLength, isEmail, isNotEmpty, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { applyFieldErrors } from '@/lib/forms';
import { currentLocale } from '@/lib/i18n';
import { useSignUp } from '../api/sign-up';

export function SignupForm() {
  const { t } = useTranslation();
  const signUp = useSignUp();
  const form = useForm({
    initialValues: { workspaceName: '', workspaceSlug: '', fullName: '', email: '', password: '' },
    validate: {
      workspaceName: isNotEmpty(t('validation.required')),
      workspaceSlug: (v) => (v && !/^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/.test(v) ? t('validation.slug') : null),
      fullName: isNotEmpty(t('validation.required')),
      email: isEmail(t('validation.email')),
      password: hasLength({ min: 8 }, t('validation.passwordLength', { count: 8 })),
    },
  });

  const submit = form.onSubmit((values) => {
    signUp.reset();
    signUp.mutate(
      {
        workspaceName: values.workspaceName.trim(),
        workspaceSlug: values.workspaceSlug.trim() || undefined,
        fullName: values.fullName.trim(),
        email: values.email.trim(),
        password: values.password,
        locale: currentLocale(),
      },
      { onError: (error) => applyFieldErrors(form, error) },
    );
  });

  return (
    <form onSubmit={submit} noValidate data-testid="signup-form">
      <Stack>
        <div>
          <Title order={2} size="h3">{t('auth.signup.title')}</Title>
          <Text c="dimmed" size="sm">{t('auth.signup.subtitle')}</Text>
        </div>
        {signUp.isError && <ErrorAlert error={signUp.error} />}
        <TextInput label={t('auth.fields.workspaceName')} required data-testid="signup-workspace-name" {...form.getInputProps('workspaceName')} />
        <TextInput
          label={t('auth.fields.workspaceSlug')}
          description={t('auth.fields.workspaceSlugHint')}
          dir="ltr"
          data-testid="signup-workspace-slug"
          {...form.getInputProps('workspaceSlug')}
        />
        <TextInput label={t('auth.fields.fullName')} required autoComplete="name" data-testid="signup-full-name" {...form.getInputProps('fullName')} />
        <TextInput label={t('auth.fields.email')} required type="email" dir="ltr" autoComplete="email" data-testid="signup-email" {...form.getInputProps('email')} />
        <PasswordInput label={t('auth.fields.password')} required autoComplete="new-password" data-testid="signup-password" {...form.getInputProps('password')} />
        <Button type="submit" loading={signUp.isPending} fullWidth data-testid="signup-submit">
          {t('auth.signup.submit')}
        </Button>
        <Text size="sm" ta="center">
          {t('auth.signup.haveAccount')}{' '}
          <Anchor component={Link} to={paths.login} data-testid="go-to-login">
            {t('auth.login.link')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
