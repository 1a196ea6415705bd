import '@mantine/core/styles.css';
import './global.css';
import { Button, Container, MantineProvider, Stack, Text, Title } from '@mantine/core';
import { useNotifications } from '@mantine/notifications';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { FullPageLoader } from '../components/full-page-loader';
import { i18n } from '../i18n/i18n';
import { useErrorMessage } from '../lib/error-message';
import { instanceQueryOptions } from '../lib/instance';
import { endSession, readSession, sessionQueryOptions } from '../lib/session';
import { applyLanguage } from '../lib/update-locale';
import { AppErrorBoundary } from './app-error-boundary';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

const queryClient = createQueryClient((client) => {
  if (!readSession(client)) return;
  endSession(client);
  const here = router.state.location;
  void router.navigate({ to: '/login', search: { redirect: here.href } });
});

const router = createAppRouter(queryClient);

// Toasts are rare and never needed to paint a page: their code loads when the first one is shown
// (it waits in Mantine's store, a kilobyte, until the container is there to draw it).
const Notifications = lazy(() => import('./notifications'));

function NotificationsWhenShown() {
  const shown = useNotifications().notifications.length > 0;
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    if (shown) setNeeded(true);
  }, [shown]);
  return needed ? (
    <Suspense fallback={null}>
      <Notifications />
    </Suspense>
  ) : null;
}

/**
 * Waits for /auth/me and /instance once, so that no page renders before we know who is signed in,
 * whether this is a demo (the band on every page) and whether a first government is still missing.
 */
function SessionGate() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const session = useQuery(sessionQueryOptions);
  const instance = useQuery(instanceQueryOptions);
  const locale = session.data?.user.locale;

  useEffect(() => {
    // A signed-in user's saved language wins over this device's last choice.
    if (locale) void applyLanguage(locale);
  }, [locale]);

  if (session.isPending || instance.isPending) return <FullPageLoader />;
  const failed = session.isError ? session : instance.isError ? instance : null;
  if (failed) {
    return (
      <Container size="sm" py="xl" component="main" id="main-content">
        <Stack gap="md" align="flex-start" role="alert">
          <Title order={1} size="h2">
            {t('errors.unavailable.title')}
          </Title>
          <Text>{errorMessage(failed.error)}</Text>
          <Button onClick={() => void failed.refetch()}>{t('common.retry')}</Button>
        </Stack>
      </Container>
    );
  }
  return <RouterProvider router={router} />;
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <NotificationsWhenShown />
        <AppErrorBoundary t={(key) => i18n.t(key)}>
          <QueryClientProvider client={queryClient}>
            <SessionGate />
          </QueryClientProvider>
        </AppErrorBoundary>
      </MantineProvider>
    </I18nextProvider>
  );
}
