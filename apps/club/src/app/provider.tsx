import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { isApiError } from '@peyvand/web';
import { directionOf, i18n } from '@/lib/i18n';
import { createAppTheme } from './theme';

function DirectionSync() {
  const { i18n: instance } = useTranslation();
  const { setDirection } = useDirection();
  useEffect(() => setDirection(directionOf(instance.language)), [instance.language, setDirection]);
  return null;
}

function ThemedMantine({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  return <MantineProvider theme={createAppTheme(instance.language)}>{children}</MantineProvider>;
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            refetchOnWindowFocus: false,
            retry: (count, error) => !(isApiError(error) && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(error.code)) && count < 2,
          },
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
