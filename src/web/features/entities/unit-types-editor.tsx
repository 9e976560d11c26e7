import {
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitType } from '../../../contracts/units.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AddUnitTypeForm } from './add-unit-type-form';
import { useUnitTypes, useUpdateUnitType } from './unit-types-api';

/** Admins keep the catalogue: rename (id/en), reorder, deactivate; types are never deleted. */
export function UnitTypesEditor() {
  const { t } = useTranslation();
  const unitTypes = useUnitTypes();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="unit-types-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="unit-types-title">
          {t('directoryAdmin.unitTypes.title')}
        </Title>
        <ApiErrorAlert error={unitTypes.error} />
        {unitTypes.data && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" aria-labelledby="unit-types-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('directoryAdmin.unitTypes.code')}</Table.Th>
                  <Table.Th>{t('directoryAdmin.unitTypes.nameId')}</Table.Th>
                  <Table.Th>{t('directoryAdmin.unitTypes.nameEn')}</Table.Th>
                  <Table.Th>{t('directoryAdmin.unitTypes.sortOrder')}</Table.Th>
                  <Table.Th>{t('directoryAdmin.unitTypes.status')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {unitTypes.data.map((unitType) => (
                  <UnitTypeRow
                    key={`${unitType.code}-${unitType.nameId}-${unitType.sortOrder}`}
                    unitType={unitType}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <AddUnitTypeForm />
      </Stack>
    </Card>
  );
}

function UnitTypeRow({ unitType }: { unitType: UnitType }) {
  const { t } = useTranslation();
  const update = useUpdateUnitType(unitType.code);
  const [nameId, setNameId] = useState(unitType.nameId);
  const [nameEn, setNameEn] = useState(unitType.nameEn);
  const [sortOrder, setSortOrder] = useState<number>(unitType.sortOrder);
  const label = (field: string) => t('directoryAdmin.unitTypes.rowLabel', { field, code: unitType.code });
  const changed =
    nameId !== unitType.nameId || nameEn !== unitType.nameEn || sortOrder !== unitType.sortOrder;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {unitType.code}
        </Text>
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={label(t('directoryAdmin.unitTypes.nameId'))}
          value={nameId}
          size="xs"
          onChange={(event) => setNameId(event.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={label(t('directoryAdmin.unitTypes.nameEn'))}
          value={nameEn}
          size="xs"
          onChange={(event) => setNameEn(event.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <NumberInput
          aria-label={label(t('directoryAdmin.unitTypes.sortOrder'))}
          value={sortOrder}
          min={0}
          max={10_000}
          size="xs"
          w={90}
          allowDecimal={false}
          onChange={(value) => setSortOrder(Number(value) || 0)}
        />
      </Table.Td>
      <Table.Td>
        <Badge color={unitType.isActive ? 'green' : 'gray'} variant="light">
          {unitType.isActive ? t('directoryAdmin.unitTypes.active') : t('directoryAdmin.unitTypes.inactive')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-sm"
            disabled={!changed}
            loading={update.isPending}
            aria-label={`${t('directoryAdmin.unitTypes.save')} ${unitType.code}`}
            onClick={() => update.mutate({ nameId: nameId.trim(), nameEn: nameEn.trim(), sortOrder })}
          >
            {t('directoryAdmin.unitTypes.save')}
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            color={unitType.isActive ? 'red' : 'green'}
            aria-label={`${t(unitType.isActive ? 'directoryAdmin.unitTypes.deactivate' : 'directoryAdmin.unitTypes.activate')} ${unitType.code}`}
            onClick={() => update.mutate({ isActive: !unitType.isActive })}
          >
            {unitType.isActive
              ? t('directoryAdmin.unitTypes.deactivate')
              : t('directoryAdmin.unitTypes.activate')}
          </Button>
        </Group>
        {update.error ? <ApiErrorAlert error={update.error} /> : null}
      </Table.Td>
    </Table.Tr>
  );
}
