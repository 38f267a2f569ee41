import { Box, Button, Container, Group, ScrollArea, Title } from '@mantine/core';
import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { paths } from '@/config/paths';
import { PanelOverview } from '@/features/panel/components/panel-overview';
import { useClub } from '@/lib/club-context';

export const PANEL_SECTIONS = ['points', 'vouchers', 'orders', 'messages', 'calls', 'news', 'family', 'referral'] as const;

/** The member panel: a scrollable row of sections (thumb-friendly on phones) above the section's page. */
export function PanelLayout() {
  const { t } = useTranslation();
  const club = useClub();
  return (
    <Container size="lg" px="md" py="md" data-testid="panel">
      <Title order={1} size="h3" mb="sm">{t('panel.title')}</Title>
      <ScrollArea type="never" mb="md">
        <Group gap={6} wrap="nowrap" component="nav" aria-label={t('panel.sections')}>
          <Button component={NavLink} end to={paths.panel(club.slug)} size="compact-sm" radius="xl" variant="default" color={club.color} data-testid="panel-tab-overview">
            {t('panel.overview')}
          </Button>
          {PANEL_SECTIONS.map((s) => (
            <Button
              key={s}
              component={NavLink}
              to={paths.panelSection(club.slug, s)}
              size="compact-sm"
              radius="xl"
              variant="default"
              data-testid={`panel-tab-${s}`}
            >
              {t(`panel.sectionNames.${s}`)}
            </Button>
          ))}
        </Group>
      </ScrollArea>
      <Box>
        <Outlet />
      </Box>
    </Container>
  );
}

export const panelRoutes: RouteObject[] = [{ index: true, element: <PanelOverview /> }];
