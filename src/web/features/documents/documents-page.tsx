import { NumberInput, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoAccess } from '../../components/no-access';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { DocumentJobsCard } from './document-jobs-card';
import { LetterheadCard } from './letterhead-card';
import { SignatoriesCard } from './signatories-card';

/**
 * Admins and coordinators: piagam signatories per year and each office's letterhead; admins also generate a
 * whole year's documents.
 */
export function DocumentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('documents.title'));
  const user = useSignedInUser();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  if (user.role !== 'admin' && user.role !== 'coordinator') return <NoAccess />;
  return (
    <Stack gap="md" py="md" data-touch-targets>
      <Title order={1}>{t('documents.title')}</Title>
      <NumberInput
        label={t('documents.year')}
        value={year}
        onChange={(value) => setYear(Number(value) || year)}
        min={2000}
        max={2100}
        maw={160}
      />
      <SignatoriesCard year={year} />
      <LetterheadCard year={year} />
      {user.role === 'admin' && <DocumentJobsCard year={year} />}
    </Stack>
  );
}
