import { Alert, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { isApiError } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { useCycle } from '../cycles/cycles-api';
import { CycleLink } from '../cycles/planning-links';
import { MeetingCard } from '../meetings/meeting-card';
import { canReadOversight, OversightAnchor } from '../oversight/oversight-anchor';
import { TrustSurveyCard } from '../public-trust/trust-survey-card';
import { LocusTeamCard } from '../teams/locus-team-card';
import { LocusApprovalCard } from '../workflow/locus-approval-card';
import { useEntityDetail, useLocus } from './loci-api';
import { LocusUnitsCard } from './locus-units-card';
import { RespondentPlanCard } from './respondent-plan-card';

const routeApi = getRouteApi('/_signedIn/siklus/$year/lokus/$code');

export function LocusPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const params = routeApi.useParams();
  const year = Number(params.year);
  const cycle = useCycle(year);
  const entity = useEntityDetail(params.code);
  const locus = useLocus(year, params.code);
  usePageTitle(entity.data && `${entity.data.shortName} · ${year}`);
  const canPlan = user.role === 'admin' || user.role === 'coordinator';
  const isMissing = isApiError(locus.error, 'NOT_FOUND');
  if (cycle.isPending || entity.isPending || locus.isPending) return <Loader size="sm" my="md" />;
  if (!cycle.data || !entity.data) return <ApiErrorAlert error={cycle.error ?? entity.error} />;
  if (!locus.data && !(isMissing && canPlan)) return <ApiErrorAlert error={locus.error} />;
  const units =
    locus.data?.units ??
    entity.data.units
      .filter((unit) => unit.isActive)
      .map((unit) => ({ unitId: unit.id, name: unit.name, isSelected: true }));
  return (
    <Stack gap="md" py="md">
      <CycleLink year={params.year} size="sm">
        ← {t('planning.locus.back', { year })}
      </CycleLink>
      <Title order={1}>
        {entity.data.shortName} · {year}
      </Title>
      <Text c="dimmed" size="sm">
        {entity.data.officialName} ({entity.data.code})
      </Text>
      {canReadOversight(user.role) && <OversightAnchor code={entity.data.code} size="sm" />}
      {!locus.data && (
        <Alert color="blue" variant="light">
          {t('planning.locus.notLocus', { entity: entity.data.shortName, year })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <LocusUnitsCard
          cycle={cycle.data}
          entityCode={entity.data.code}
          units={units}
          isLocus={Boolean(locus.data)}
          canPlan={canPlan}
        />
        {locus.data && <RespondentPlanCard locus={locus.data} />}
      </SimpleGrid>
      {locus.data && <LocusTeamCard cycle={cycle.data} locus={locus.data} canAssign={canPlan} />}
      {locus.data && user.role !== 'liaison' && (
        <LocusApprovalCard year={year} entityCode={entity.data.code} />
      )}
      {locus.data && user.role !== 'liaison' && <TrustSurveyCard year={year} entityCode={entity.data.code} />}
      {locus.data && (
        <MeetingCard
          kind="entry"
          cycle={cycle.data}
          entityCode={entity.data.code}
          provinceCode={entity.data.provinceCode}
          canEdit={canPlan}
        />
      )}
      {locus.data && (
        <MeetingCard
          kind="exit"
          cycle={cycle.data}
          entityCode={entity.data.code}
          provinceCode={entity.data.provinceCode}
          canEdit={canPlan}
        />
      )}
    </Stack>
  );
}
