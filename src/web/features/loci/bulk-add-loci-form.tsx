import { Button, Checkbox, Group, NativeSelect, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../contracts/cycles.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { assignableProvinceCodes } from '../auth/permissions';
import { useSignedInUser } from '../auth/use-current-user';
import { usePhaseGate } from '../cycles/phase-gate';
import { useProvinceOptions } from '../regions/use-provinces';
import { useAddLociByProvince } from './loci-api';

const regionalKinds = ['pemprov', 'pemkab', 'pemkot'] as const;

/** Every government of the chosen kinds in a province becomes a locus, with all its units, in one request. */
export function BulkAddLociForm({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const provinces = useProvinceOptions(assignableProvinceCodes(user));
  const [provinceCode, setProvinceCode] = useState(user.scope.provinceCodes[0] ?? '');
  const [kinds, setKinds] = useState<string[]>(['pemkab', 'pemkot']);
  const add = useAddLociByProvince(cycle.year);
  const gate = usePhaseGate(cycle, 'locus.plan');
  const selectedKinds = regionalKinds.filter((kind) => kinds.includes(kind));
  const button = (
    <Button
      type="submit"
      loading={add.isPending}
      disabled={!gate.open || provinceCode === '' || selectedKinds.length === 0}
    >
      {t('planning.loci.bulkAdd')}
    </Button>
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({ provinceCode, kinds: selectedKinds });
      }}
    >
      <Stack gap="xs">
        <Text fw={600}>{t('planning.loci.bulkTitle')}</Text>
        <Group align="end" wrap="wrap">
          <NativeSelect
            label={t('planning.loci.province')}
            value={provinceCode}
            onChange={(event) => setProvinceCode(event.currentTarget.value)}
            data={[{ value: '', label: '—' }, ...provinces]}
          />
          <Checkbox.Group label={t('planning.loci.bulkKinds')} value={kinds} onChange={setKinds}>
            <Group gap="sm" mt={6}>
              {regionalKinds.map((kind) => (
                <Checkbox key={kind} value={kind} label={t(`planning.loci.kinds.${kind}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          {gate.reason ? <Tooltip label={gate.reason}>{button}</Tooltip> : button}
        </Group>
        {gate.reason && (
          <Text size="sm" c="orange.8">
            {gate.reason}
          </Text>
        )}
        {add.data && (
          <Text size="sm" role="status">
            {t('planning.loci.bulkResult', {
              added: add.data.added.length,
              present: add.data.alreadyPresent.length,
            })}
          </Text>
        )}
        <ApiErrorAlert error={add.error} />
      </Stack>
    </form>
  );
}
