import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Navigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../features/auth/use-current-user';
import { PlatformStatusCard } from '../features/home/platform-status-card';
import { ScopeCard } from '../features/home/scope-card';
import { PortalHomeSection } from '../features/portal/portal-home-section';
import { WorkQueueCard } from '../features/queues/work-queue-card';
import { MyLociCard } from '../features/teams/my-loci-card';

export function HomePage() {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  if (user?.mustChangePassword) return <Navigate to="/akun" hash="kata-sandi" replace />;
  return (
    <Stack gap="lg" py="md">
      <Title order={1}>{t('home.title')}</Title>
      <Text maw={720}>{t('home.intro')}</Text>
      {user === null && <PortalHomeSection />}
      {/* The role's queue leads: what waits for this user comes before everything else. */}
      {(user?.role === 'verifier' || user?.role === 'coordinator' || user?.role === 'admin') && (
        <Stack maw={1080}>
          <WorkQueueCard />
        </Stack>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" maw={1080}>
        {user && <ScopeCard user={user} />}
        {(user?.role === 'assessor' || user?.role === 'verifier') && <MyLociCard />}
        <PlatformStatusCard />
      </SimpleGrid>
    </Stack>
  );
}
