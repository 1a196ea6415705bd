import { AppShell, Burger, Center, Container, Group, Loader, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useLocation } from '@tanstack/react-router';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DEMO_BAND_HEIGHT, DemoBand } from '../../components/demo-band';
import { FullPageLoader } from '../../components/full-page-loader';
import { LanguageSwitch } from '../../components/language-switch';
import { useInstance } from '../../lib/instance';
import { useSession } from '../../lib/session';
import { MainNav } from './main-nav';
import { NotificationsMenu } from './notifications-menu';
import { UserMenu } from './user-menu';

/** The frame of every signed-in page: header, navigation, and the page in the main region. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const demo = useInstance()?.demo ?? false;
  const [navOpen, nav] = useDisclosure(false);
  const pathname = useLocation({ select: (location) => location.pathname });
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // After client-side navigation, start screen readers and keyboard users at the new page.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  // Only while signing out or after a 401; both navigate to /login themselves (the 401 with a
  // redirect back here), so this frame just waits for that.
  if (!session) return <FullPageLoader />;
  const me = session.user;

  return (
    <AppShell
      // A demo's band sits in the fixed header, above the app bar, on every page.
      header={{ height: 60 + (demo ? DEMO_BAND_HEIGHT : 0) }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <DemoBand />
        <Group h={60} px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpen ? t('nav.close') : t('nav.open')}
              aria-expanded={navOpen}
              aria-controls="main-navigation"
            />
            <Text fw={800} size="lg" c="indigo.8">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" truncate visibleFrom="sm">
              {me.tenant.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <NotificationsMenu me={me} />
            <LanguageSwitch />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      {/* Scrolls on its own: an agency's entries run past a laptop's height (the last ones were out of reach). */}
      <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('nav.label')} style={{ overflowY: 'auto' }}>
        <Text size="xs" c="dimmed" px="sm" pb="xs" hiddenFrom="sm">
          {me.tenant.name}
        </Text>
        <MainNav me={me} onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} ref={mainRef}>
        <Container size="xl" px={0}>
          {/* Words a page asks for that its route did not load: only the page waits, not the frame. */}
          <Suspense
            fallback={
              <Center py="xl">
                <Loader role="status" aria-label={t('common.loading')} />
              </Center>
            }
          >
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
