import { Box, Center, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { Logo } from '@/components/logo';

export function AuthLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" p="md">
        <Logo />
        <LanguageSwitch />
      </Group>
      <Center py="xl">
        <Container size={440} w="100%">
          <Stack gap={4} mb="lg" align="center">
            <Title order={1} size="h2">{t('app.name')}</Title>
            <Text c="dimmed" size="sm" ta="center">{t('app.tagline')}</Text>
          </Stack>
          <Paper withBorder shadow="sm" p="xl" radius="lg">
            <Outlet />
          </Paper>
        </Container>
      </Center>
    </Box>
  );
}
