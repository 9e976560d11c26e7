import { Button, Card, MultiSelect, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../contracts/cycles.contract';
import type { LocusDetail } from '../../../contracts/loci.contract';
import { userListSchema } from '../../../contracts/users.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { getJson, toQueryString } from '../../lib/api-client';
import { usePhaseGate } from '../cycles/phase-gate';
import { useSetLocusTeam } from '../loci/loci-api';

function useStaff(role: 'assessor' | 'verifier', provinceCode: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'staff', role, provinceCode],
    queryFn: () =>
      getJson(
        `/api/users${toQueryString({ role, provinceCode: provinceCode ?? undefined, pageSize: 100 })}`,
        userListSchema,
      ),
    enabled,
  });
}

/** Coordinators put assessors and verifiers of the locus's province on it; others see who is on it. */
export function LocusTeamCard({
  cycle,
  locus,
  canAssign,
}: {
  cycle: Cycle;
  locus: LocusDetail;
  canAssign: boolean;
}) {
  const { t } = useTranslation();
  const assessors = useStaff('assessor', locus.provinceCode, canAssign);
  const verifiers = useStaff('verifier', locus.provinceCode, canAssign);
  const [assessorIds, setAssessorIds] = useState(() => locus.assessors.map((member) => member.id));
  const [verifierIds, setVerifierIds] = useState(() => locus.verifiers.map((member) => member.id));
  const save = useSetLocusTeam(cycle.year, locus.entityCode);
  const gate = usePhaseGate(cycle, 'team.plan');
  const options = (data: typeof assessors.data, current: LocusDetail['assessors']) => {
    const fromList = (data?.items ?? []).map((user) => ({
      value: user.id,
      label: `${user.name} (${user.email})`,
    }));
    const missing = current
      .filter((member) => !fromList.some((option) => option.value === member.id))
      .map((member) => ({ value: member.id, label: `${member.name} (${member.email})` }));
    return [...fromList, ...missing];
  };
  const button = (
    <Button
      onClick={() => save.mutate({ assessorIds, verifierIds })}
      loading={save.isPending}
      disabled={!gate.open}
    >
      {t('planning.team.save')}
    </Button>
  );
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="locus-team">
      <Stack gap="sm">
        <Title order={2} size="h4" id="locus-team">
          {t('planning.team.title')}
        </Title>
        {canAssign ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <MultiSelect
              label={t('planning.team.assessors')}
              data={options(assessors.data, locus.assessors)}
              value={assessorIds}
              onChange={setAssessorIds}
              searchable
            />
            <MultiSelect
              label={t('planning.team.verifiers')}
              data={options(verifiers.data, locus.verifiers)}
              value={verifierIds}
              onChange={setVerifierIds}
              searchable
            />
          </SimpleGrid>
        ) : (
          <Text size="sm">
            {t('planning.team.assessors')}:{' '}
            {locus.assessors.map((member) => member.name).join(', ') || t('planning.team.none')}
            <br />
            {t('planning.team.verifiers')}:{' '}
            {locus.verifiers.map((member) => member.name).join(', ') || t('planning.team.none')}
          </Text>
        )}
        {canAssign && (
          <>
            {gate.reason ? <Tooltip label={gate.reason}>{button}</Tooltip> : button}
            {gate.reason && (
              <Text size="sm" c="orange.8">
                {gate.reason}
              </Text>
            )}
          </>
        )}
        {save.isSuccess && (
          <Text size="sm" role="status">
            {t('planning.team.saved')}
          </Text>
        )}
        <ApiErrorAlert error={save.error ?? assessors.error} />
      </Stack>
    </Card>
  );
}
