import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocusSummary } from '../../../contracts/loci.contract';
import { useRemoveLoci } from './loci-api';

/** Two steps, so one slip of a finger in the field never drops a locus. */
export function RemoveLocusButton({
  locus,
  onError,
}: {
  locus: LocusSummary;
  onError: (error: Error) => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveLoci(locus.year);
  const [isConfirming, setConfirming] = useState(false);
  if (!isConfirming) {
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        aria-label={t('planning.loci.removeOne', { name: locus.entityName })}
        onClick={() => setConfirming(true)}
      >
        {t('planning.loci.remove')}
      </Button>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-xs"
        color="red"
        loading={remove.isPending}
        onClick={() => remove.mutate([locus.entityCode], { onError, onSettled: () => setConfirming(false) })}
      >
        {t('planning.loci.confirmRemove')}
      </Button>
      <Button size="compact-xs" variant="default" onClick={() => setConfirming(false)}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}
