import { Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Unit, unitSchema } from '../../../contracts/units.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { fieldErrorsOf, sendJson } from '../../lib/api-client';
import { parseCoordinates } from './unit-coordinates';
import { UnitProductsField } from './unit-products-field';

/** Address, optional coordinates and service products of one unit; the unit keeps its id. */
export function UnitEditForm({
  unit,
  entityCode,
  onDone,
}: {
  unit: Unit;
  entityCode: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [address, setAddress] = useState(unit.address ?? '');
  const [latitude, setLatitude] = useState(unit.latitude === null ? '' : String(unit.latitude));
  const [longitude, setLongitude] = useState(unit.longitude === null ? '' : String(unit.longitude));
  const [serviceHours, setServiceHours] = useState(unit.serviceHours ?? '');
  const [products, setProducts] = useState(unit.products);
  const [checked, setChecked] = useState(false);
  const coordinates = parseCoordinates(latitude, longitude);
  const save = useMutation({
    mutationFn: (body: object) => sendJson('PATCH', `/api/units/${unit.id}`, unitSchema, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['entities', entityCode] });
      onDone();
    },
  });
  const serverErrors = fieldErrorsOf(save.error);
  const fieldError = (field: 'latitude' | 'longitude') => {
    const local = checked ? coordinates.errors[field] : undefined;
    return (
      (local && t(`directoryAdmin.unit.${local}`)) ?? serverErrors[field] ?? serverErrors[`body.${field}`]
    );
  };
  return (
    <form
      aria-label={t('directoryAdmin.unit.editTitle', { unit: unit.name })}
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (!coordinates.value) return;
        save.mutate({
          address: address.trim() || null,
          latitude: coordinates.value.latitude,
          longitude: coordinates.value.longitude,
          serviceHours: serviceHours.trim() || null,
          products,
        });
      }}
    >
      <Stack gap="xs" py="xs">
        <Text fw={600} size="sm">
          {t('directoryAdmin.unit.editTitle', { unit: unit.name })}
        </Text>
        <Textarea
          label={t('directoryAdmin.unit.address')}
          value={address}
          maxLength={400}
          autosize
          minRows={2}
          onChange={(event) => setAddress(event.currentTarget.value)}
          error={serverErrors.address ?? serverErrors['body.address']}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <TextInput
            label={t('directoryAdmin.unit.latitude')}
            inputMode="decimal"
            value={latitude}
            onChange={(event) => setLatitude(event.currentTarget.value)}
            error={fieldError('latitude')}
          />
          <TextInput
            label={t('directoryAdmin.unit.longitude')}
            inputMode="decimal"
            value={longitude}
            onChange={(event) => setLongitude(event.currentTarget.value)}
            error={fieldError('longitude')}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('directoryAdmin.unit.coordinatesHelp')}
        </Text>
        <TextInput
          label={t('directoryAdmin.unit.serviceHours')}
          description={t('directoryAdmin.unit.serviceHoursHelp')}
          placeholder="07:30-16:00"
          value={serviceHours}
          maxLength={11}
          onChange={(event) => setServiceHours(event.currentTarget.value)}
          error={serverErrors.serviceHours ?? serverErrors['body.serviceHours']}
        />
        <UnitProductsField value={products} onChange={setProducts} />
        <ApiErrorAlert error={save.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('directoryAdmin.unit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
