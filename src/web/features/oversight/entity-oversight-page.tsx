import { Alert, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { oversightImportResultSchema } from '../../../contracts/oversight-products.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { ImportFileCard } from '../imports/import-file-card';
import { useCreateOversightProduct, useOversightRegister } from './oversight-api';
import { OversightProductCard } from './oversight-product-card';
import { OversightProductForm } from './oversight-product-form';

/** One entity's register: its products, the follow-up status today, and what the viewer may do. */
export function EntityOversightPage() {
  const { t } = useTranslation();
  const { code } = useParams({ from: '/_signedIn/produk-pengawasan/$code' });
  const queryClient = useQueryClient();
  const register = useOversightRegister(code);
  usePageTitle(
    register.data ? t('oversight.titleOf', { entity: register.data.entity.name }) : t('oversight.title'),
  );
  const create = useCreateOversightProduct(code);
  const [formKey, setFormKey] = useState(0);
  if (register.isPending) return <Loader />;
  if (register.isError) return <ApiErrorAlert error={register.error} />;
  const { entity, items, status, canManage, canUploadFollowUp } = register.data;
  return (
    <Stack gap="md" maw={880}>
      <Title order={1} size="h2">
        {t('oversight.titleOf', { entity: entity.name })}
      </Title>
      <Text c="dimmed">{t('oversight.intro')}</Text>
      <Alert
        color={status.followedUpInFull === 'open' ? 'yellow' : 'teal'}
        variant="light"
        data-testid="oversight-summary"
      >
        {t(`oversight.summary.${status.followedUpInFull}`, {
          issued: status.issued,
          followedUp: status.followedUp,
          date: status.cutOff,
        })}
      </Alert>
      {items.length === 0 && <Text>{t('oversight.empty')}</Text>}
      {items.map((product) => (
        <OversightProductCard
          key={product.id}
          entityCode={code}
          product={product}
          canManage={canManage}
          canUploadFollowUp={canUploadFollowUp}
        />
      ))}
      {canManage && (
        <Card withBorder padding="md" component="section" aria-label={t('oversight.add')}>
          <Stack gap="xs">
            <Text fw={600}>{t('oversight.add')}</Text>
            <OversightProductForm
              key={formKey}
              pending={create.isPending}
              error={create.error}
              onSubmit={(body) => create.mutate(body, { onSuccess: () => setFormKey(formKey + 1) })}
            />
          </Stack>
        </Card>
      )}
      {canManage ? (
        <ImportFileCard
          title={t('oversight.importTitle')}
          exportUrl={`/api/oversight-products/export?entityCode=${encodeURIComponent(code)}`}
          importUrl={(format) => `/api/oversight-products/import?format=${format}`}
          resultSchema={oversightImportResultSchema}
          describeResult={(result) => t('oversight.imported', result)}
          columnsHint={t('oversight.columnsHint')}
          errorFileName={`kesalahan-impor-produk-pengawasan-${code}.csv`}
          onImported={() => void queryClient.invalidateQueries({ queryKey: ['oversight'] })}
        />
      ) : null}
    </Stack>
  );
}
