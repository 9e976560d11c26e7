import { Button, Card, Checkbox, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../contracts/cycles.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useSignedInUser } from '../auth/use-current-user';
import { UnitCollectionLink } from '../collection/unit-collection-link';
import { usePhaseGate } from '../cycles/phase-gate';
import { LocusEvidenceZipLink } from '../evidence/locus-evidence-zip-link';
import { UnitStatusBadge } from '../workflow/unit-status-badge';
import { useLocusApproval } from '../workflow/workflow-api';
import { useSetLocusUnits } from './loci-api';

interface LocusUnitsCardProps {
  cycle: Cycle;
  entityCode: string;
  units: { unitId: string; name: string; isSelected: boolean }[];
  isLocus: boolean;
  canPlan: boolean;
}

/** Which units of the entity are assessed in the cycle; saving also makes the entity a locus. */
export function LocusUnitsCard({ cycle, entityCode, units, isLocus, canPlan }: LocusUnitsCardProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState(() =>
    units.filter((unit) => unit.isSelected).map((unit) => unit.unitId),
  );
  const save = useSetLocusUnits(cycle.year, entityCode);
  const gate = usePhaseGate(cycle, 'locus.plan');
  // Field data is for the assessment team (collection.read); liaisons never see it.
  const role = useSignedInUser().role;
  const canCollect = role !== 'liaison';
  // Verifiers review what the assessors filled in: their link says so.
  const openLabel = role === 'verifier' ? t('collection.reviewUnit') : t('collection.openUnit');
  // Each assessed unit's workflow status, so the field team sees which unit waits for whom (the approval
  // card's query: one request for both); never asked for liaisons, who may not read it.
  const approval = useLocusApproval(cycle.year, entityCode, canCollect && isLocus);
  const statusOf = (unitId: string) => approval.data?.units.find((unit) => unit.unitId === unitId)?.status;
  const button = (
    <Button onClick={() => save.mutate(selected)} loading={save.isPending} disabled={!gate.open}>
      {isLocus ? t('planning.locus.saveUnits') : t('planning.locus.makeLocus')}
    </Button>
  );
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="locus-units">
      <Stack gap="sm">
        <Title order={2} size="h4" id="locus-units">
          {t('planning.locus.unitsTitle')}
        </Title>
        {units.length === 0 && <Text c="dimmed">{t('planning.locus.noUnits')}</Text>}
        <Checkbox.Group value={selected} onChange={setSelected} aria-labelledby="locus-units">
          <Stack gap={6}>
            {units.map((unit) => {
              const status = statusOf(unit.unitId);
              return (
                // On a phone the status and link move under the name instead of squeezing the badge.
                <Group
                  key={unit.unitId}
                  justify="space-between"
                  gap="xs"
                  wrap="wrap"
                  data-testid="locus-unit"
                >
                  <Checkbox
                    value={unit.unitId}
                    label={unit.name}
                    disabled={!canPlan}
                    style={{ flex: '1 1 12rem', minWidth: 0 }}
                  />
                  {canCollect && isLocus && unit.isSelected && (
                    <Group gap="xs" wrap="nowrap" ml="auto">
                      {status && <UnitStatusBadge status={status} size="sm" />}
                      <UnitCollectionLink
                        year={cycle.year}
                        code={entityCode}
                        unitId={unit.unitId}
                        size="sm"
                        aria-label={`${openLabel}: ${unit.name}`}
                      >
                        {openLabel}
                      </UnitCollectionLink>
                    </Group>
                  )}
                </Group>
              );
            })}
          </Stack>
        </Checkbox.Group>
        {/* Everyone who reads the field data (not liaisons) may take the locus's evidence away as one file. */}
        {canCollect && isLocus && <LocusEvidenceZipLink year={cycle.year} entityCode={entityCode} />}
        {canPlan && (
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
            {t('planning.locus.saved')}
          </Text>
        )}
        <ApiErrorAlert error={save.error} />
      </Stack>
    </Card>
  );
}
