import { Box, Button, Container, Group, ScrollArea, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigate, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { NewsList } from '@/features/loyalty/components/news-list';
import { PointsHistory } from '@/features/loyalty/components/points-history';
import { PointsSummaryCard } from '@/features/loyalty/components/points-summary-card';
import { ReferralCard } from '@/features/loyalty/components/referral-card';
import { RewardsList } from '@/features/loyalty/components/rewards-list';
import { TierCard } from '@/features/loyalty/components/tier-card';
import { VouchersList } from '@/features/loyalty/components/vouchers-list';
import { CallsList } from '@/features/panel/components/calls-list';
import { FamilySection } from '@/features/panel/components/family-section';
import { MessagesList } from '@/features/panel/components/messages-list';
import { OrdersAndPurchases } from '@/features/panel/components/orders-list';
import { PanelOverview } from '@/features/panel/components/panel-overview';
import { ProfileSection } from '@/features/panel/components/profile-section';
import { TicketPage } from '@/features/tickets/components/ticket-page';
import { TicketsSection } from '@/features/tickets/components/tickets-section';
import { useClub } from '@/lib/club-context';

const SECTIONS = ['points', 'vouchers', 'orders', 'news', 'tickets', 'messages', 'calls', 'family', 'referral', 'profile'] as const;
/** The after-sales part: what the CRM recorded about me. */
const AFTER_SALES = new Set<string>(['messages', 'calls', 'tickets']);

/** The member panel: a scrollable row of sections (thumb-friendly on phones) above the section's page. */
export function PanelLayout() {
  const { t } = useTranslation();
  const club = useClub();
  const sections = SECTIONS.filter((s) => club.afterSalesPanel || !AFTER_SALES.has(s));
  const nav = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();
  // Keep the current section's tab in sight on a phone (the row scrolls sideways).
  useEffect(() => {
    nav.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);
  const tab = (to: string, label: string, testId: string, end = false) => (
    <Button
      key={testId}
      component={NavLink}
      end={end}
      to={to}
      size="compact-sm"
      radius="xl"
      variant="default"
      style={{ flexShrink: 0 }}
      className="panel-tab"
      data-testid={testId}
    >
      {label}
    </Button>
  );
  return (
    <Container size="lg" px="md" py="md" data-testid="panel">
      <Title order={1} size="h3" mb="sm">{t('panel.title')}</Title>
      <ScrollArea type="never" mb="md" offsetScrollbars={false}>
        <Group ref={nav} gap={6} wrap="nowrap" component="nav" aria-label={t('panel.sections')} style={{ ['--club-color' as string]: club.color }}>
          {tab(paths.panel(club.slug), t('panel.overview'), 'panel-tab-overview', true)}
          {sections.map((s) => tab(paths.panelSection(club.slug, s), t(`panel.sectionNames.${s}`), `panel-tab-${s}`))}
        </Group>
      </ScrollArea>
      <Box>
        <Outlet />
      </Box>
    </Container>
  );
}

function PointsRoute() {
  return (
    <Stack gap="md">
      <PointsSummaryCard />
      <TierCard />
      <RewardsList />
      <PointsHistory />
    </Stack>
  );
}

function TicketsRoute() {
  const club = useClub();
  const navigate = useNavigate();
  return <TicketsSection onOpen={(id) => navigate(paths.panelSection(club.slug, `tickets/${id}`))} />;
}

export const panelRoutes: RouteObject[] = [
  { index: true, element: <PanelOverview /> },
  { path: 'points', element: <PointsRoute /> },
  { path: 'vouchers', element: <VouchersList /> },
  { path: 'orders', element: <OrdersAndPurchases /> },
  { path: 'news', element: <NewsList /> },
  { path: 'tickets', element: <TicketsRoute /> },
  { path: 'tickets/:ticketId', element: <TicketPage /> },
  { path: 'messages', element: <MessagesList /> },
  { path: 'calls', element: <CallsList /> },
  { path: 'family', element: <FamilySection /> },
  { path: 'referral', element: <ReferralCard /> },
  { path: 'profile', element: <ProfileSection /> },
];
