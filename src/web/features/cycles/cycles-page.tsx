import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { CreateCycleModal } from './create-cycle-modal';
import { useCycles } from './cycles-api';
import { PhaseStatusBadge } from './phase-status-badge';
import { CycleLink } from './planning-links';

export function CyclesPage() {
  const { t } = useTranslation();
  usePageTitle(t('planning.cycles.title'));
  const user = useSignedInUser();
  const cycles = useCycles();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="md" py="md">
      <Group justify="space-between">
        <Title order={1}>{t('planning.cycles.title')}</Title>
        {user.role === 'admin' && (
          <Button onClick={() => setCreating(true)}>{t('planning.cycles.add')}</Button>
        )}
      </Group>
      <ApiErrorAlert error={cycles.error} />
      {cycles.isPending && <Loader size="sm" />}
      {cycles.data?.items.length === 0 && <Text c="dimmed">{t('planning.cycles.empty')}</Text>}
      {cycles.data?.items.map((cycle) => (
        <Card key={cycle.year} withBorder padding="md" component="section" aria-label={String(cycle.year)}>
          <Group justify="space-between" wrap="wrap">
            <Stack gap={2}>
              <CycleLink year={cycle.year} fw={700} size="lg">
                {t('planning.cycles.open', { year: cycle.year })}
              </CycleLink>
              <Text size="sm" c="dimmed">
                {cycle.methodologyRef}
              </Text>
            </Stack>
            <PhaseStatusBadge status={cycle.status} />
          </Group>
        </Card>
      ))}
      {creating && (
        <CreateCycleModal
          opened
          onClose={() => setCreating(false)}
          onCreated={(year) => {
            setCreating(false);
            void navigate({ to: '/siklus/$year', params: { year: String(year) } });
          }}
        />
      )}
    </Stack>
  );
}
