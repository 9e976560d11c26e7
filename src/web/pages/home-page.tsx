import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Navigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../features/auth/use-current-user';
import { PlatformStatusCard } from '../features/home/platform-status-card';
import { ScopeCard } from '../features/home/scope-card';
import { PortalHomeSection } from '../features/portal/portal-home-section';
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
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" maw={1080}>
        {user && <ScopeCard user={user} />}
        {(user?.role === 'assessor' || user?.role === 'verifier') && <MyLociCard />}
        <PlatformStatusCard />
      </SimpleGrid>
    </Stack>
  );
}
