import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { type UnitRef, useOpenUnitCorrection } from './workflow-api';

/** The coordinator's or centre's decision to reopen a unit for correction, with the reason it is audited with. */
export function OpenCorrectionForm({ unit, onChanged }: { unit: UnitRef; onChanged: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const open = useOpenUnitCorrection(unit, onChanged);
  return (
    <>
      <Group gap="xs" align="end" data-testid="open-correction">
        <TextInput
          size="sm"
          label={t('workflow.correctionReason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button
          size="sm"
          variant="light"
          disabled={reason.trim().length < 10}
          loading={open.isPending}
          onClick={() => open.mutate(reason.trim(), { onSuccess: () => setReason('') })}
        >
          {t('workflow.actions.openCorrection')}
        </Button>
      </Group>
      <ApiErrorAlert error={open.error} />
    </>
  );
}
