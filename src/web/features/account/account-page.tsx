import { Alert, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { NoticeMailCard } from '../recovery/notice-mail-card';
import { ScopeSummary } from '../regions/scope-summary';
import { ChangePasswordForm } from './change-password-form';
import { LanguagePreference } from './language-preference';

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const user = useSignedInUser();
  return (
    <Stack gap="lg" py="md" maw={720}>
      <Title order={1}>{t('account.title')}</Title>
      {user.mustChangePassword && (
        <Alert color="orange" role="alert" variant="light">
          {t('account.mustChangePassword')}
        </Alert>
      )}
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="account-profile">
        <Title order={2} size="h4" mb="sm" id="account-profile">
          {t('account.profileTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={4} verticalSpacing="xs" mb="xs">
          <Text c="dimmed">{t('account.name')}</Text>
          <Text>{user.name}</Text>
          <Text c="dimmed">{t('account.email')}</Text>
          <Text style={{ overflowWrap: 'anywhere' }}>{user.email}</Text>
        </SimpleGrid>
        <ScopeSummary user={user} />
      </Card>
      {/* Until the one-time password is replaced the server refuses account changes other than it. */}
      {!user.mustChangePassword && <LanguagePreference user={user} />}
      <ChangePasswordForm user={user} />
      {!user.mustChangePassword && <NoticeMailCard />}
    </Stack>
  );
}
