import { Avatar, Badge, Box, Button, Center, Container, Group, Indicator, Loader, Text, UnstyledButton } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useParams, useSearchParams } from 'react-router';
import { IconCart, IconLogin, IconStore, IconUser } from '@/components/icons';
import { LanguageSwitch } from '@/components/language-switch';
import { StatusPage } from '@/components/status-page';
import { paths } from '@/config/paths';
import { useClubQuery } from '@/features/club/api/get-club';
import { PointsBadge } from '@/features/loyalty/components/points-badge';
import { useCart } from '@/features/store/hooks/use-cart';
import { cartCount } from '@/features/store/lib/cart';
import { errorCode } from '@peyvand/web';
import { ClubProvider, useClub } from '@/lib/club-context';
import { formatNumber } from '@/lib/format';
import { applyWorkspaceDefaultLocale } from '@/lib/i18n';
import { rememberReferral } from '@/lib/referral';
import { SessionProvider, useSession } from '@/lib/session';
import { NotFoundRoute } from '@/app/routes/not-found';
import classes from './club-layout.module.css';

interface NavItem {
  key: string;
  to: string;
  label: string;
  icon: ReactNode;
  badge?: number;
  testId: string;
}

function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  const { slug } = useClub();
  const { status } = useSession();
  const count = cartCount(useCart().cart);
  const items: NavItem[] = [
    { key: 'store', to: paths.store(slug), label: t('nav.store'), icon: <IconStore size={22} />, testId: 'nav-store' },
    { key: 'cart', to: paths.cart(slug), label: t('nav.cart'), icon: <IconCart size={22} />, badge: count, testId: 'nav-cart' },
  ];
  if (status === 'member') items.push({ key: 'panel', to: paths.panel(slug), label: t('nav.panel'), icon: <IconUser size={22} />, testId: 'nav-panel' });
  else items.push({ key: 'login', to: paths.login(slug), label: t('nav.login'), icon: <IconLogin size={22} />, testId: 'nav-login' });
  return items;
}

function Header() {
  const { i18n } = useTranslation();
  const club = useClub();
  const items = useNavItems();
  const { status } = useSession();
  return (
    <Box component="header" className={classes.header}>
      <Container size="lg" h="100%">
        <Group justify="space-between" h="100%" wrap="nowrap" gap="xs">
          <UnstyledButton component={Link} to={paths.landing(club.slug)} className={classes.brand} data-testid="club-home-link">
            <Avatar src={club.logo} alt="" radius="md" size={34} color={club.color} variant="filled" name={club.name} />
            <Text fw={700} truncate data-testid="club-header-name">{club.name}</Text>
          </UnstyledButton>
          <Group gap={4} wrap="nowrap" visibleFrom="sm" component="nav">
            {items.map((item) => (
              <Button
                key={item.key}
                component={NavLink}
                to={item.to}
                variant="subtle"
                color={club.color}
                className={classes.topLink}
                leftSection={item.icon}
                rightSection={item.badge ? <Badge size="sm" circle color={club.color}>{formatNumber(item.badge, i18n.language)}</Badge> : undefined}
              >
                {item.label}
              </Button>
            ))}
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            {status === 'member' && <PointsBadge />}
            <Box visibleFrom="sm">
              <LanguageSwitch color={club.color} />
            </Box>
            <Box hiddenFrom="sm">
              <LanguageSwitch compact />
            </Box>
          </Group>
        </Group>
      </Container>
    </Box>
  );
}

/** Phones get the navigation under the thumb. */
function BottomNav() {
  const { i18n } = useTranslation();
  const club = useClub();
  const items = useNavItems();
  return (
    <Box component="nav" className={classes.bottomNav} hiddenFrom="sm" data-testid="bottom-nav" style={{ '--club-color': club.color }}>
      {items.map((item) => (
        <NavLink key={item.key} to={item.to} className={classes.bottomLink} data-testid={`bottom-${item.testId}`}>
          <Indicator label={item.badge ? formatNumber(item.badge, i18n.language) : undefined} disabled={!item.badge} size={16} color={club.color} offset={2}>
            {item.icon}
          </Indicator>
          <span>{item.label}</span>
        </NavLink>
      ))}
    </Box>
  );
}

function ClubShell() {
  return (
    <Box className={classes.shell}>
      <Header />
      <Box component="main" className={classes.main}>
        <Outlet />
      </Box>
      <BottomNav />
    </Box>
  );
}

/** Every page of one club: loads its branding, keeps the member's session and shows the navigation. */
export function ClubLayout({ bare = false }: { bare?: boolean }) {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const club = useClubQuery(slug);
  const [params] = useSearchParams();
  const ref = params.get('ref');

  useEffect(() => rememberReferral(slug, ref), [slug, ref]);

  useEffect(() => {
    if (club.data) applyWorkspaceDefaultLocale(club.data.defaultLocale);
  }, [club.data]);

  useEffect(() => {
    if (club.data) document.title = t('landing.documentTitle', { name: i18n.language === 'en' ? club.data.nameEn : club.data.nameFa });
  }, [club.data, t, i18n.language]);

  if (club.isPending) {
    return (
      <Center h="100vh" data-testid="page-loader">
        <Loader />
      </Center>
    );
  }
  if (club.isError) {
    if (errorCode(club.error) === 'NOT_FOUND') return <NotFoundRoute />;
    return (
      <StatusPage
        testId="club-error"
        title={t('errors.title')}
        description={t(`errors.${errorCode(club.error)}`)}
        actions={<Button variant="light" onClick={() => void club.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!club.data) return <NotFoundRoute />;
  if (!club.data.enabled) {
    return <StatusPage testId="club-closed" title={t('closed.title')} description={t('closed.description')} icon="⏸" />;
  }
  return (
    <ClubProvider club={club.data}>
      <SessionProvider key={slug} slug={slug}>
        {bare ? <Outlet /> : <ClubShell />}
      </SessionProvider>
    </ClubProvider>
  );
}
