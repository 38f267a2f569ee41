import { Anchor, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { PhoneCodeForm } from '@/features/auth/components/phone-code-form';
import { useClub } from '@/lib/club-context';
import { useSession } from '@/lib/session';
import { FullPageLoader } from './full-page-loader';

/** Only paths inside this club's app (no `//host`, no other club). */
export function safeRedirect(target: string | null, slug: string): string | null {
  if (!target || !target.startsWith(`/${encodeURIComponent(slug)}`) || target.startsWith('//')) return null;
  return target;
}

export function SignInRoute({ mode }: { mode: 'login' | 'join' }) {
  const { t } = useTranslation();
  const club = useClub();
  const { status } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'), club.slug) ?? paths.panel(club.slug);
  const joining = mode === 'join' && club.signUpOpen;

  if (status === 'restoring') return <FullPageLoader />;
  if (status === 'member') return <Navigate to={redirect} replace />;

  const keep = params.toString() ? `?${params.toString()}` : '';
  return (
    <Container size={460} py="xl" px="md">
      <Stack gap={4} mb="lg" ta="center">
        <Title order={1} size="h2" data-testid="sign-in-title">{joining ? t('signIn.joinTitle') : t('signIn.title')}</Title>
        <Text c="dimmed" size="sm">{joining ? t('signIn.joinSubtitle', { name: club.isolatedName }) : t('signIn.subtitle', { name: club.isolatedName })}</Text>
      </Stack>
      <Paper withBorder shadow="sm" p="lg" radius="lg">
        <PhoneCodeForm key={mode} purpose={joining ? 'SIGN_UP' : 'LOGIN'} onSignedIn={() => navigate(redirect, { replace: true })} />
      </Paper>
      <Text ta="center" size="sm" mt="md">
        {joining ? (
          <>
            {t('signIn.haveAccount')}{' '}
            <Anchor component={Link} to={`${paths.login(club.slug)}${keep}`} data-testid="to-login">{t('signIn.toLogin')}</Anchor>
          </>
        ) : (
          club.signUpOpen && (
            <>
              {t('signIn.noAccount')}{' '}
              <Anchor component={Link} to={`${paths.join(club.slug)}${keep}`} data-testid="to-join">{t('signIn.toJoin')}</Anchor>
            </>
          )
        )}
      </Text>
    </Container>
  );
}
