import { Card, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.contract';
import { ScopeSummary } from '../regions/scope-summary';

/** What the signed-in user works on: their role, provinces and entity. */
export function ScopeCard({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="home-scope">
      <Title order={2} size="h4" mb="sm" id="home-scope">
        {t('home.scopeTitle')}
      </Title>
      <ScopeSummary user={user} />
    </Card>
  );
}
