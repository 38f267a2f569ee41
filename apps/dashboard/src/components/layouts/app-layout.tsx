import { AppShell, Avatar, Burger, Group, Menu, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import {
  IconBox,
  IconCalendar,
  IconChart,
  IconChecklist,
  IconGift,
  IconHome,
  IconLogout,
  IconMessage,
  IconSegments,
  IconSettings,
  IconSpeakerphone,
  IconTicket,
  IconUser,
  IconUsers,
} from '@/components/icons';
import { LanguageSwitch } from '@/components/language-switch';
import { IncomingCallListener } from '@/features/calls/components/incoming-call-listener';
import { Logo } from '@/components/logo';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth';
import { useViewer } from '@/lib/authorization';

interface NavChild {
  to: string;
  key: string;
  anyOf?: string[];
}

interface NavItem {
  to: string;
  key: string;
  icon: ComponentType<{ size?: number }>;
  end?: boolean;
  anyOf?: string[];
  /** A section: shown open while one of its pages is; hidden when the viewer may see none of them. */
  children?: NavChild[];
}

const allowed = (item: { anyOf?: string[] }, permissions: string[]) => !item.anyOf || item.anyOf.some((p) => permissions.includes(p));

const NAV: NavItem[] = [
  { to: paths.home, key: 'home', icon: IconHome, end: true },
  { to: paths.contacts, key: 'contacts', icon: IconUsers },
  { to: paths.tasks, key: 'tasks', icon: IconChecklist },
  {
    to: paths.messages,
    key: 'messages',
    icon: IconMessage,
    anyOf: [PERMISSIONS.messagesRead, PERMISSIONS.templatesRead, PERMISSIONS.messagingSettings],
  },
  { to: paths.segments, key: 'segments', icon: IconSegments },
  { to: paths.campaigns, key: 'campaigns', icon: IconSpeakerphone },
  { to: paths.customerClub, key: 'club', icon: IconGift, anyOf: [PERMISSIONS.clubRead] },
  { to: paths.tickets, key: 'tickets', icon: IconTicket },
  { to: paths.automation, key: 'automation', icon: IconCalendar, anyOf: [PERMISSIONS.contactsRead, PERMISSIONS.jobsManage] },
  {
    // The "inventory & sales" section: each feature hangs its pages here (catalog and stock; sales documents, pipeline…).
    to: paths.inventory,
    key: 'inventory',
    icon: IconBox,
    children: [
      { to: paths.catalog, key: 'catalog', anyOf: [PERMISSIONS.inventoryRead] },
      { to: paths.inventory, key: 'stock', anyOf: [PERMISSIONS.inventoryRead] },
      { to: paths.proformas, key: 'proformas', anyOf: [PERMISSIONS.ordersRead] },
      { to: paths.invoices, key: 'invoices', anyOf: [PERMISSIONS.ordersRead] },
      { to: paths.pipeline, key: 'pipeline', anyOf: [PERMISSIONS.ordersRead] },
      { to: paths.salesPerformance, key: 'salesPerformance', anyOf: [PERMISSIONS.ordersRead] },
    ],
  },
  { to: paths.metrics, key: 'metrics', icon: IconChart },
  { to: paths.settings, key: 'settings', icon: IconSettings },
];

function UserMenu() {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const { data: viewer } = useViewer();
  const name = viewer?.user?.fullName ?? viewer?.user?.email ?? '';
  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" aria-label={t('nav.userMenu')}>
          <Group gap={8} wrap="nowrap">
            <Avatar radius="xl" size={32} color="cyan" name={name} />
            <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate>
              {name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {viewer?.user?.email && <Menu.Label>{viewer.user.email}</Menu.Label>}
        {viewer?.user && (
          <Menu.Item component={Link} to={paths.profile} leftSection={<IconUser size={16} />} data-testid="profile-link">
            {t('nav.profile')}
          </Menu.Item>
        )}
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} />}
          onClick={() => void signOut()}
          data-testid="logout-button"
        >
          {t('auth.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { data: viewer } = useViewer();
  const location = useLocation();
  const permissions = viewer?.permissions ?? [];

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Logo />
            {viewer && (
              <Text c="dimmed" size="sm" visibleFrom="sm" data-testid="header-workspace-name">
                {viewer.workspace.name}
              </Text>
            )}
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" data-testid="app-navbar" aria-label={t('nav.label')} component="nav">
        <AppShell.Section grow component={ScrollArea}>
          {NAV.filter((item) => allowed(item, permissions) && (!item.children || item.children.some((c) => allowed(c, permissions)))).map(({ to, key, icon: Icon, end, children }) => {
            const active = end ? location.pathname === to : location.pathname.startsWith(to);
            if (children) {
              const visible = children.filter((c) => allowed(c, permissions));
              const isActive = (c: NavChild) => location.pathname === c.to || location.pathname.startsWith(`${c.to}/`);
              return (
                <NavLink
                  key={key}
                  label={t(`nav.${key}`)}
                  leftSection={<Icon size={18} />}
                  defaultOpened={visible.some(isActive)}
                  childrenOffset={28}
                  data-testid={`nav-${key}`}
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                >
                  {visible.map((c) => (
                    <NavLink
                      key={c.key}
                      component={RouterNavLink}
                      to={c.to}
                      label={t(`nav.${c.key}`)}
                      active={isActive(c)}
                      onClick={close}
                      data-testid={`nav-${c.key}`}
                      style={{ borderRadius: 'var(--mantine-radius-md)' }}
                    />
                  ))}
                </NavLink>
              );
            }
            return (
              <NavLink
                key={key}
                component={RouterNavLink}
                to={to}
                end={end}
                label={t(`nav.${key}`)}
                leftSection={<Icon size={18} />}
                active={active}
                onClick={close}
                data-testid={`nav-${key}`}
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            );
          })}
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main bg="gray.0">
        <Outlet />
      </AppShell.Main>
      <IncomingCallListener />
    </AppShell>
  );
}
