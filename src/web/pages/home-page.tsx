import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Navigate } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../features/auth/use-current-user';
import { PortalHomeSection } from '../features/portal/portal-home-section';
import { useHydrated } from '../lib/use-hydrated';
import { usePageTitle } from '../lib/use-page-title';

// Staff cards load only for a signed-in user: a visitor's landing page carries the portal teaser and nothing else.
const PlatformStatusCard = lazy(() =>
  import('../features/home/platform-status-card').then((module) => ({ default: module.PlatformStatusCard })),
);
const ScopeCard = lazy(() =>
  import('../features/home/scope-card').then((module) => ({ default: module.ScopeCard })),
);
const WorkQueueCard = lazy(() =>
  import('../features/queues/work-queue-card').then((module) => ({ default: module.WorkQueueCard })),
);
const DisagreementsCard = lazy(() =>
  import('../features/quality/disagreements-card').then((module) => ({ default: module.DisagreementsCard })),
);
const SecondScoringCard = lazy(() =>
  import('../features/quality/second-scoring-card').then((module) => ({ default: module.SecondScoringCard })),
);
const MyLociCard = lazy(() =>
  import('../features/teams/my-loci-card').then((module) => ({ default: module.MyLociCard })),
);

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('app.homeTitle'));
  const { data: loadedUser } = useCurrentUser();
  // Unknown while the prerendered HTML is taken over, as it was when that HTML was rendered (useHydrated).
  const user = useHydrated() ? loadedUser : undefined;
  if (user?.mustChangePassword) return <Navigate to="/akun" hash="kata-sandi" replace />;
  return (
    <Stack gap="lg" py="md">
      <Title order={1}>{t('home.title')}</Title>
      <Text maw={720}>{t('home.intro')}</Text>
      {user === null && <PortalHomeSection />}
      <Suspense fallback={null}>
        {/* The role's queue leads: what waits for this user comes before everything else. */}
        {(user?.role === 'verifier' || user?.role === 'coordinator' || user?.role === 'admin') && (
          <Stack maw={1080}>
            <WorkQueueCard />
            {user.role === 'verifier' && <DisagreementsCard />}
          </Stack>
        )}
        {user?.role === 'assessor' && (
          <Stack maw={1080}>
            <SecondScoringCard />
          </Stack>
        )}
        {user && (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" maw={1080}>
            <ScopeCard user={user} />
            {(user.role === 'assessor' || user.role === 'verifier') && <MyLociCard />}
            {/* Database and migration details are for staff, not the public landing page. */}
            <PlatformStatusCard />
          </SimpleGrid>
        )}
      </Suspense>
    </Stack>
  );
}
