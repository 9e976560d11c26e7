import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EntitySummary, entitySummarySchema } from '../../../contracts/entities.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { fieldErrorsOf, sendJson } from '../../lib/api-client';

const centralKinds = ['kementerian', 'lembaga'] as const;
type CentralKind = (typeof centralKinds)[number];

interface CreateEntityModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (entity: EntitySummary) => void;
}

/** Admins add a ministry or agency; regional governments come from the reference data, not from here. */
export function CreateEntityModal({ opened, onClose, onCreated }: CreateEntityModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [kind, setKind] = useState<CentralKind>('kementerian');
  const [officialName, setOfficialName] = useState('');
  const [shortName, setShortName] = useState('');
  const [alias, setAlias] = useState('');
  const create = useMutation({
    mutationFn: () =>
      sendJson('POST', '/api/entities', entitySummarySchema, {
        code: code.trim(),
        kind,
        officialName: officialName.trim(),
        shortName: shortName.trim(),
        alias: alias.trim() || null,
      }),
    onSuccess: async (entity) => {
      await queryClient.invalidateQueries({ queryKey: ['entities'] });
      setCode('');
      setOfficialName('');
      setShortName('');
      setAlias('');
      onCreated(entity);
    },
  });
  const errors = fieldErrorsOf(create.error);
  return (
    <Modal opened={opened} onClose={onClose} title={t('directoryAdmin.entity.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('directoryAdmin.entity.code')}
            description={t('directoryAdmin.entity.codeHelp')}
            value={code}
            required
            onChange={(event) => setCode(event.currentTarget.value.toUpperCase())}
            error={errors['body.code']}
          />
          <NativeSelect
            label={t('directoryAdmin.entity.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value === 'lembaga' ? 'lembaga' : 'kementerian')}
            data={centralKinds.map((value) => ({ value, label: t(`planning.loci.kinds.${value}`) }))}
          />
          <TextInput
            label={t('directoryAdmin.entity.officialName')}
            value={officialName}
            required
            minLength={3}
            onChange={(event) => setOfficialName(event.currentTarget.value)}
            error={errors['body.officialName']}
          />
          <TextInput
            label={t('directoryAdmin.entity.shortName')}
            value={shortName}
            required
            minLength={2}
            onChange={(event) => setShortName(event.currentTarget.value)}
            error={errors['body.shortName']}
          />
          <TextInput
            label={t('directoryAdmin.entity.alias')}
            value={alias}
            onChange={(event) => setAlias(event.currentTarget.value)}
            error={errors['body.alias']}
          />
          <ApiErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('directoryAdmin.entity.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
