import { Box, Button, Card, Container, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useClub } from '@/lib/club-context';
import { useSession } from '@/lib/session';

const PERKS = ['points', 'offers', 'birthday'] as const;
const PERK_ICONS: Record<(typeof PERKS)[number], string> = { points: '★', offers: '%', birthday: '♥' };

export function ClubLanding() {
  const { t } = useTranslation();
  const club = useClub();
  const { status } = useSession();
  const tagline = club.tagline || t('landing.defaultTagline');
  const color = club.color;

  return (
    <Box data-testid="club-landing">
      <Box
        component="section"
        py={{ base: 48, sm: 88 }}
        style={{ background: `linear-gradient(135deg, ${color} 0%, color-mix(in srgb, ${color} 55%, #000) 100%)`, color: 'white' }}
      >
        <Container size="md">
          <Stack align="center" gap="lg" ta="center">
            <Text size="sm" fw={500} style={{ opacity: 0.85 }}>{t('landing.eyebrow')}</Text>
            <Title order={1} fz={{ base: 28, sm: 48 }} lh={1.3} data-testid="club-name">
              {t('landing.title', { name: club.isolatedName })}
            </Title>
            <Text size="lg" maw={560} style={{ opacity: 0.92 }} data-testid="club-tagline">
              {tagline}
            </Text>
            <Group gap="md" justify="center" mt="sm">
              {status === 'member' ? (
                <Button component={Link} to={paths.panel(club.slug)} size="lg" radius="xl" variant="white" color={color} data-testid="club-open-panel">
                  {t('landing.openPanel')}
                </Button>
              ) : (
                club.signUpOpen && (
                  <Button component={Link} to={paths.join(club.slug)} size="lg" radius="xl" variant="white" color={color} data-testid="club-join">
                    {t('landing.join')}
                  </Button>
                )
              )}
              <Button
                component={Link}
                to={status === 'member' ? paths.store(club.slug) : paths.login(club.slug)}
                size="lg"
                radius="xl"
                variant="outline"
                color="white"
                style={{ borderColor: 'rgba(255,255,255,0.7)', color: 'white' }}
                data-testid={status === 'member' ? 'club-open-store' : 'club-login'}
              >
                {status === 'member' ? t('landing.openStore') : t('landing.login')}
              </Button>
            </Group>
          </Stack>
        </Container>
      </Box>

      <Container size="lg" py={48}>
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
