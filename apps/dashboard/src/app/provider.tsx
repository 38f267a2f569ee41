import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { AuthProvider } from '@/lib/auth';
import { directionOf, i18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { createAppTheme } from './theme';

/** Keeps Mantine's direction (and the page title) in sync with the active language. */
function DirectionSync() {
  const { i18n: instance, t } = useTranslation();
  const { setDirection } = useDirection();
  useEffect(() => {
    setDirection(directionOf(instance.language));
    document.title = t('app.title');
  }, [instance.language, setDirection, t]);
  return null;
}

function ThemedMantine({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  return (
    <MantineProvider theme={createAppTheme(instance.language)} defaultColorScheme="light">
      <Notifications position="top-center" />
      {children}
    </MantineProvider>
  );
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(i18n.language)} detectDirection={false}>
        <DirectionSync />
        <ThemedMantine>
          <QueryClientProvider client={queryClient}>
            <AuthProvider>{children}</AuthProvider>
          </QueryClientProvider>
        </ThemedMantine>
      </DirectionProvider>
    </I18nextProvider>
  );
}
