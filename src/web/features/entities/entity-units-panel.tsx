import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitSchema } from '../../../contracts/units.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { sendJson } from '../../lib/api-client';
import { useEntityDetail } from '../loci/loci-api';
import { UnitDetails } from './unit-details';
import { UnitEditForm } from './unit-edit-form';
import { useUnitTypes } from './unit-types-api';

/** The service units of one entity and, for its province staff, a form to add one. */
export function EntityUnitsPanel({ code, canManage }: { code: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const entity = useEntityDetail(code);
  const unitTypes = useUnitTypes();
  const [unitTypeCode, setUnitTypeCode] = useState('');
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<string>();
  const add = useMutation({
    mutationFn: () =>
      sendJson('POST', `/api/entities/${encodeURIComponent(code)}/units`, unitSchema, { unitTypeCode, name }),
    onSuccess: () => {
      setName('');
      return queryClient.invalidateQueries({ queryKey: ['entities', code] });
    },
  });
  const typeName = (typeCode: string) => {
    const type = unitTypes.data?.find((candidate) => candidate.code === typeCode);
    return type ? (i18n.language === 'en' ? type.nameEn : type.nameId) : typeCode;
  };
  const units = entity.data?.units ?? [];
  return (
    <Stack gap="xs" py="xs">
      <ApiErrorAlert error={entity.error} />
      {entity.data && units.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('planning.directory.noUnits')}
        </Text>
      )}
      <Stack gap={4} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
        {units.map((unit) => (
          <li key={unit.id}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" span>
                {unit.name}
              </Text>
              <Text size="xs" c="dimmed" span>
                {typeName(unit.unitTypeCode)}
              </Text>
              {canManage && editing !== unit.id && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => setEditing(unit.id)}
                  aria-label={t('directoryAdmin.unit.edit', { unit: unit.name })}
                >
                  {t('directoryAdmin.unit.editButton')}
                </Button>
              )}
            </Group>
            <UnitDetails unit={unit} />
            {editing === unit.id && (
              <UnitEditForm unit={unit} entityCode={code} onDone={() => setEditing(undefined)} />
            )}
          </li>
        ))}
      </Stack>
      {canManage && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate();
          }}
        >
          <Group align="end" wrap="wrap" gap="xs">
            <NativeSelect
              label={t('planning.directory.unitType')}
              value={unitTypeCode}
              onChange={(event) => setUnitTypeCode(event.currentTarget.value)}
              required
              data={[
                { value: '', label: '—' },
                ...(unitTypes.data ?? [])
                  .filter((type) => type.isActive)
                  .map((type) => ({
                    value: type.code,
                    label: i18n.language === 'en' ? type.nameEn : type.nameId,
                  })),
              ]}
            />
            <TextInput
              label={t('planning.directory.unitName')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              required
            />
            <Button type="submit" loading={add.isPending}>
              {t('planning.directory.addUnit')}
            </Button>
          </Group>
          <ApiErrorAlert error={add.error} />
        </form>
      )}
    </Stack>
  );
}
