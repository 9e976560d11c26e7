import { Button, Card, Checkbox, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../contracts/cycles.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { usePhaseGate } from '../cycles/phase-gate';
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
            {units.map((unit) => (
              <Checkbox key={unit.unitId} value={unit.unitId} label={unit.name} disabled={!canPlan} />
            ))}
          </Stack>
        </Checkbox.Group>
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
