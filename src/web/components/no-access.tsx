import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../lib/use-page-title';

export function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('common.noAccessTitle'));
  return (
    <Alert color="orange" title={t('common.noAccessTitle')} role="alert" my="md">
      {t('common.noAccess')}
    </Alert>
  );
}
