import { Anchor, AppShell, Burger, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useMatchRoute } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../features/auth/use-current-user';
import { LanguageSwitcher } from './language-switcher';
import { MainNav, useNavItems } from './main-nav';

// The account menu (and its notification bell) loads only once someone has signed in.
const UserMenu = lazy(() =>
  import('../features/auth/user-menu').then((module) => ({ default: module.UserMenu })),
);
// The service worker's registration and its "update available" prompt, off the first paint's path.
const UpdatePrompt = lazy(() =>
  import('../features/offline/update-prompt').then((module) => ({ default: module.UpdatePrompt })),
);

export function AppLayout() {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const hasNav = useNavItems(user?.role).length > 0;
  const [navOpened, nav] = useDisclosure(false);
  const isSignInPage = Boolean(useMatchRoute()({ to: '/masuk' }));
  return (
    <AppShell
      header={{ height: 60 }}
      // The header holds every area of the busiest role (ten for an admin) in one row from 1200 px; narrower
      // screens open them from the burger, so the header never wraps into clipped rows.
      navbar={{ width: 240, breakpoint: 'lg', collapsed: { mobile: !navOpened || !hasNav, desktop: true } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            {hasNav && (
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="lg"
                size="sm"
                aria-label={t('app.openNavigation')}
              />
            )}
            <Anchor component={Link} to="/" underline="never">
              <Title order={3} c="teal.8">
                {t('app.name')}
              </Title>
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="xl">
              {t('app.tagline')}
            </Text>
            {hasNav && (
              <Group
                component="nav"
                aria-label={t('app.navigation')}
                gap={0}
                ml="xs"
                wrap="nowrap"
                visibleFrom="lg"
                data-testid="header-nav"
              >
                <MainNav role={user?.role} />
              </Group>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher />
            {user && (
              <Suspense fallback={null}>
                <UserMenu user={user} />
              </Suspense>
            )}
            {user === null && !isSignInPage && (
              <Button component={Link} to="/masuk" size="xs">
                {t('auth.signIn')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      {hasNav && navOpened && (
        <AppShell.Navbar p="sm">
          <Stack component="nav" aria-label={t('app.navigation')} gap={4}>
            <MainNav role={user?.role} onNavigate={nav.close} fullWidth />
          </Stack>
        </AppShell.Navbar>
      )}
      <AppShell.Main>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
        {/* The service worker (and its precache of the whole app) is for staff working offline; a visitor's
            first visit on a phone downloads only the page it opened. */}
        {user && (
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
        )}
      </AppShell.Main>
    </AppShell>
  );
}
