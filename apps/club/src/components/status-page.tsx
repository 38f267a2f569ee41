import { Box, Center, EmptyState, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './language-switch';

/** Full-page message (not found, coming soon, errors) with the language switch. */
export function StatusPage({
  title,
  description,
  actions,
  testId,
  icon,
}: {
  title: string;
  description?: string;
  actions?: ReactNode;
  testId: string;
  icon?: ReactNode;
}) {
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center mih="70vh" px="md">
        <EmptyState data-testid={testId} title={title} description={description} icon={icon} size="lg" variant="light">
          {actions && <EmptyState.Actions>{actions}</EmptyState.Actions>}
        </EmptyState>
      </Center>
    </Box>
  );
}
