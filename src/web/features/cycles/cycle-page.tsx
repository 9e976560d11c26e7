import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { LociImportCard } from '../imports/loci-import-card';
import { LociPanel } from '../loci/loci-panel';
import { SurveyProofCard } from '../survey/survey-proof-card';
import { CycleTimeline } from './cycle-timeline';
import { CycleWorkLinks } from './cycle-work-links';
import { useCycle } from './cycles-api';
import { EditScheduleForm } from './edit-schedule-form';
import { PhaseStatusBadge } from './phase-status-badge';

const routeApi = getRouteApi('/_signedIn/siklus/$year');

export function CyclePage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const user = useSignedInUser();
  const year = Number(routeApi.useParams().year);
  usePageTitle(t('planning.cycles.heading', { year }));
  const cycle = useCycle(year);
  const [editing, setEditing] = useState(false);
  if (cycle.isPending) return <Loader size="sm" my="md" />;
  if (!cycle.data) return <ApiErrorAlert error={cycle.error} />;
  const canPlan = user.role === 'admin' || user.role === 'coordinator';
  return (
    <Stack gap="md" py="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('planning.cycles.heading', { year })}</Title>
        <PhaseStatusBadge status={cycle.data.status} />
      </Group>
      <Text size="sm">
        {t('planning.cycles.methodology')}: <b>{cycle.data.methodologyRef}</b> —{' '}
        {cycle.data.methodologySha256
          ? t('planning.cycles.frozen', { hash: cycle.data.methodologySha256.slice(0, 12) })
          : t('planning.cycles.notFrozen')}
      </Text>
      {(cycle.data.decreeNumber || cycle.data.embargoAt) && (
        <Text size="sm" data-testid="cycle-decree">
          {cycle.data.decreeNumber &&
            `${t('planning.cycles.decreeNumber')}: ${cycle.data.decreeNumber}${
              cycle.data.decreeDate ? ` (${format.calendarDate(cycle.data.decreeDate)})` : ''
            }. `}
          {cycle.data.embargoAt &&
            `${t('planning.cycles.embargoAt')}: ${format.dateTime(cycle.data.embargoAt, null)}`}
        </Text>
      )}
      <Card withBorder padding="md" component="section" aria-labelledby="cycle-timeline">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="cycle-timeline">
            {t('planning.cycles.timeline')}
          </Title>
          {user.role === 'admin' && !editing && (
            <Button size="compact-sm" variant="subtle" onClick={() => setEditing(true)}>
              {t('planning.cycles.editSchedule')}
            </Button>
          )}
        </Group>
        {editing ? (
          <EditScheduleForm cycle={cycle.data} onDone={() => setEditing(false)} />
        ) : (
          <CycleTimeline cycle={cycle.data} />
        )}
      </Card>
      <CycleWorkLinks year={year} role={user.role} />
      <LociPanel cycle={cycle.data} canPlan={canPlan} />
      {canPlan && <LociImportCard cycle={cycle.data} />}
      {user.role === 'admin' && <SurveyProofCard year={year} />}
    </Stack>
  );
}
