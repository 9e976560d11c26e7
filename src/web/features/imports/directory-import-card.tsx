import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { directoryImportResultSchema } from '../../../contracts/imports.contract';
import { ImportFileCard } from './import-file-card';

/** Entities and units out to CSV/XLSX and back (aliases, new units; ministries and agencies by admins). */
export function DirectoryImportCard({ provinceCode }: { provinceCode: string | undefined }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ImportFileCard
      title={t('planning.imports.directoryTitle')}
      exportUrl={`/api/directory/export${provinceCode ? `?provinceCode=${provinceCode}` : ''}`}
      importUrl={(format) => `/api/directory/import?format=${format}`}
      resultSchema={directoryImportResultSchema}
      describeResult={(result) =>
        t('planning.imports.directoryOk', {
          entities: result.entitiesCreated,
          aliases: result.aliasesChanged,
          units: result.unitsCreated,
        })
      }
      columnsHint={t('planning.imports.directoryColumnsHint')}
      errorFileName="kesalahan-impor-direktori.csv"
      onImported={() => void queryClient.invalidateQueries({ queryKey: ['entities'] })}
    />
  );
}
