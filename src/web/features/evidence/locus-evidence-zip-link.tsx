import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Downloads every evidence file of a locus as one ZIP (<unit>/<indicator>/<file>). */
export function LocusEvidenceZipLink({ year, entityCode }: { year: number; entityCode: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      variant="default"
      size="xs"
      href={`/api/cycles/${year}/loci/${encodeURIComponent(entityCode)}/evidence.zip`}
      download
    >
      {t('evidence.downloadZip')}
    </Button>
  );
}
