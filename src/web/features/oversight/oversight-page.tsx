import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { Navigate, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { oversightImportResultSchema } from '../../../contracts/oversight-products.contract';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { ImportFileCard } from '../imports/import-file-card';
import { tapInputStyles, tapTarget } from './tap-target';

/** Entry to the register: a liaison goes straight to their entity, province offices pick one. */
export function OversightPage() {
  const { t } = useTranslation();
  usePageTitle(t('oversight.title'));
  const user = useSignedInUser();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  if (user.role === 'liaison' && user.scope.entityCode)
    return <Navigate to="/produk-pengawasan/$code" params={{ code: user.scope.entityCode }} replace />;
  const open = () => {
    const chosen = code.trim();
    if (chosen) void navigate({ to: '/produk-pengawasan/$code', params: { code: chosen } });
  };
  return (
    <Stack gap="md" maw={640}>
      <Title order={1} size="h2">
        {t('oversight.title')}
      </Title>
      <Text c="dimmed">{t('oversight.intro')}</Text>
      <Group align="end" wrap="wrap">
        <TextInput
          label={t('oversight.pickEntity')}
          placeholder="16.06"
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && open()}
          styles={tapInputStyles}
          style={{ flex: '1 1 200px' }}
        />
        <Button style={tapTarget} onClick={open}>
          {t('oversight.open')}
        </Button>
      </Group>
      {(user.role === 'admin' || user.role === 'coordinator') && (
        <ImportFileCard
          title={t('oversight.importTitle')}
          exportUrl="/api/oversight-products/export"
          importUrl={(format) => `/api/oversight-products/import?format=${format}`}
          resultSchema={oversightImportResultSchema}
          describeResult={(result) => t('oversight.imported', result)}
          columnsHint={t('oversight.columnsHint')}
          errorFileName="kesalahan-impor-produk-pengawasan.csv"
        />
      )}
    </Stack>
  );
}
