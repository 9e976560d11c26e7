import { Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { fieldErrorsOf } from '../../lib/api-client';
import { useCreateUnitType } from './unit-types-api';

/** A new entry of the unit-type catalogue; its code is permanent (units and past cycles refer to it). */
export function AddUnitTypeForm() {
  const { t } = useTranslation();
  const create = useCreateUnitType();
  const [code, setCode] = useState('');
  const [nameId, setNameId] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [sortOrder, setSortOrder] = useState(100);
  const errors = fieldErrorsOf(create.error);
  return (
    <form
      aria-label={t('directoryAdmin.unitTypes.add')}
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(
          { code: code.trim(), nameId: nameId.trim(), nameEn: nameEn.trim(), sortOrder },
          {
            onSuccess: () => {
              setCode('');
              setNameId('');
              setNameEn('');
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs">
          <TextInput
            label={t('directoryAdmin.unitTypes.code')}
            description={t('directoryAdmin.unitTypes.codeHelp')}
            value={code}
            required
            pattern="[a-z][a-z0-9\-]{1,39}"
            onChange={(event) => setCode(event.currentTarget.value)}
            error={errors['body.code']}
          />
          <TextInput
            label={t('directoryAdmin.unitTypes.nameId')}
            value={nameId}
            required
            minLength={2}
            onChange={(event) => setNameId(event.currentTarget.value)}
            error={errors['body.nameId']}
          />
          <TextInput
            label={t('directoryAdmin.unitTypes.nameEn')}
            value={nameEn}
            required
            minLength={2}
            onChange={(event) => setNameEn(event.currentTarget.value)}
            error={errors['body.nameEn']}
          />
          <NumberInput
            label={t('directoryAdmin.unitTypes.sortOrder')}
            value={sortOrder}
            min={0}
            max={10_000}
            allowDecimal={false}
            onChange={(value) => setSortOrder(Number(value) || 0)}
          />
        </SimpleGrid>
        <ApiErrorAlert error={create.error} />
        {create.isSuccess && (
          <Text size="sm" role="status">
            {t('directoryAdmin.unitTypes.added', { code: create.data.code })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('directoryAdmin.unitTypes.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
