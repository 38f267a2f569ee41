import { Card, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of the member panel. */
export function SectionCard({ title, action, children, testId }: { title: ReactNode; action?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder radius="lg" padding="md" data-testid={testId}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Text fw={700}>{title}</Text>
        {action}
      </Group>
      {children}
    </Card>
  );
}
