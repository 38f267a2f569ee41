import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { isApiError } from '@peyvand/web';
import { directionOf, i18n } from '@/lib/i18n';
import { createAppTheme } from './theme';

const NO_RETRY = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

function DirectionSync() {
  const { i18n: instance } = useTranslation();
  const { setDirection } = useDirection();
  useEffect(() => setDirection(directionOf(instance.language)), [instance.language, setDirection]);
  return null;
}

function ThemedMantine({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  return (
    <MantineProvider theme={createAppTheme(instance.language)}>
      <Notifications position="top-center" />
      {children}
    </MantineProvider>
  );
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            refetchOnWindowFocus: false,
            retry: (count, error) => !(isApiError(error) && NO_RETRY.has(error.code)) && count < 2,
          },
          mutations: { retry: false },
        },
      }),
  );
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(i18n.language)} detectDirection={false}>
        <DirectionSync />
        <ThemedMantine>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </ThemedMantine>
      </DirectionProvider>
    </I18nextProvider>
  );
}
