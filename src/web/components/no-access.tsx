import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function NoAccess() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('common.noAccessTitle')} role="alert" my="md">
      {t('common.noAccess')}
    </Alert>
  );
}
