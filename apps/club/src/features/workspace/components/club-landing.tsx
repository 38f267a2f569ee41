import { Avatar, Box, Button, Card, Container, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { paths } from '@/config/paths';
import { safeColor, safeImageUrl } from '@/lib/branding';
import type { PublicWorkspaceQuery } from '@/gql/graphql';

type PublicWorkspace = NonNullable<PublicWorkspaceQuery['publicWorkspace']>;

const PERKS = ['points', 'offers', 'birthday'] as const;
const PERK_ICONS: Record<(typeof PERKS)[number], string> = { points: '★', offers: '%', birthday: '♥' };

export function ClubLanding({ workspace }: { workspace: PublicWorkspace }) {
  const { t } = useTranslation();
  const color = safeColor(workspace.branding.primaryColor);
  const logo = safeImageUrl(workspace.branding.logoUrl);
  const tagline = workspace.branding.tagline || t('landing.defaultTagline');

  return (
    <Box mih="100vh" bg="gray.0" data-testid="club-landing">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        <Container size="lg">
          <Group justify="space-between" h={64} wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Avatar src={logo} alt="" radius="md" size={36} color={color} variant="filled" name={workspace.name} />
              <Text fw={700} truncate data-testid="club-header-name">{workspace.name}</Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch color={color} />
              <Button component={Link} to={paths.login(workspace.slug)} variant="subtle" color={color} visibleFrom="xs" data-testid="club-login-header">
                {t('landing.login')}
              </Button>
            </Group>
          </Group>
        </Container>
      </Box>

      <Box
        component="section"
        py={{ base: 56, sm: 96 }}
        style={{ background: `linear-gradient(135deg, ${color} 0%, color-mix(in srgb, ${color} 55%, #000) 100%)`, color: 'white' }}
      >
        <Container size="md">
          <Stack align="center" gap="lg" ta="center">
            <Text size="sm" fw={500} style={{ opacity: 0.85 }}>{t('landing.eyebrow')}</Text>
            <Title order={1} fz={{ base: 32, sm: 48 }} lh={1.3} data-testid="club-name">
              {t('landing.title', { name: workspace.name })}
            </Title>
            <Text size="lg" maw={560} style={{ opacity: 0.92 }} data-testid="club-tagline">
              {tagline}
            </Text>
            <Group gap="md" justify="center" mt="sm">
              <Button component={Link} to={paths.join(workspace.slug)} size="lg" radius="xl" variant="white" color={color} data-testid="club-join">
                {t('landing.join')}
              </Button>
              <Button
                component={Link}
                to={paths.login(workspace.slug)}
                size="lg"
                radius="xl"
                variant="outline"
                color="white"
                style={{ borderColor: 'rgba(255,255,255,0.7)', color: 'white' }}
                data-testid="club-login"
              >
                {t('landing.login')}
              </Button>
            </Group>
          </Stack>
        </Container>
      </Box>

      <Container size="lg" py={56}>
        <Title order={2} size="h3" ta="center" mb="xl">{t('landing.perksTitle')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          {PERKS.map((perk) => (
            <Card key={perk} withBorder radius="lg" padding="lg">
              <ThemeIcon size={44} radius="xl" color={color} variant="light" mb="md">
                <Text fw={700} size="lg" aria-hidden>{PERK_ICONS[perk]}</Text>
              </ThemeIcon>
              <Text fw={600} mb={4}>{t(`landing.perks.${perk}.title`)}</Text>
              <Text size="sm" c="dimmed">{t(`landing.perks.${perk}.description`)}</Text>
            </Card>
          ))}
        </SimpleGrid>
      </Container>

      <Box component="footer" py="lg">
        <Text ta="center" size="xs" c="dimmed">{t('landing.poweredBy')}</Text>
      </Box>
    </Box>
  );
}
