import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../contracts/cycles.contract';
import { lociImportResultSchema } from '../../../contracts/imports.contract';
import { usePhaseGate } from '../cycles/phase-gate';
import { ImportFileCard } from './import-file-card';

/** Export the cycle's loci, or import a file of them: checked whole, written all or nothing. */
export function LociImportCard({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const gate = usePhaseGate(cycle, 'locus.plan');
  return (
    <ImportFileCard
      title={t('planning.imports.title')}
      exportUrl={`/api/cycles/${cycle.year}/loci/export`}
      importUrl={(format) => `/api/cycles/${cycle.year}/loci/import?format=${format}`}
      resultSchema={lociImportResultSchema}
      describeResult={(result) =>
        t('planning.imports.ok', { loci: result.lociCreated, units: result.unitsCreated })
      }
      columnsHint={t('planning.imports.columnsHint')}
      errorFileName={`kesalahan-impor-lokus-${cycle.year}.csv`}
      closedReason={gate.reason}
      onImported={() => void queryClient.invalidateQueries({ queryKey: ['loci'] })}
    />
  );
}
