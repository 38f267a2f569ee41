import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

interface ListQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  fetchNextPage?: () => unknown;
}

/** Loading, error, empty and "load more" around a list of the panel. */
export function QueryList<T>({ query, items, empty, children, testId }: { query: ListQuery; items: T[]; empty: string; children: (items: T[]) => ReactNode; testId?: string }) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center py="lg">
        <Loader size="sm" />
      </Center>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" ta="center" py="md" data-testid={testId ? `${testId}-empty` : undefined}>
        {empty}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid={testId}>
      {children(items)}
      {query.hasNextPage && (
        <Center>
          <Button variant="subtle" size="xs" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage?.()}>
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
