import { List, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.contract';
import { useProvinceName } from './use-provinces';

/** Role, province names and entity of an account, as label/value rows. */
export function ScopeSummary({ user }: { user: Pick<CurrentUser, 'role' | 'scope'> }) {
  const { t } = useTranslation();
  const provinceName = useProvinceName();
  const { provinceCodes, entityCode } = user.scope;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={4} verticalSpacing="xs">
      <Text c="dimmed">{t('account.role')}</Text>
      <Text>{t(`roles.${user.role}`)}</Text>
      <Text c="dimmed">{t('account.provinces')}</Text>
      {user.role === 'admin' && provinceCodes.length === 0 ? (
        <Text>{t('common.nationalScope')}</Text>
      ) : (
        <List listStyleType="none" spacing={2} aria-label={t('account.provinces')}>
          {provinceCodes.length === 0 && <List.Item>{t('common.none')}</List.Item>}
          {provinceCodes.map((code) => (
            <List.Item key={code}>{provinceName(code)}</List.Item>
          ))}
        </List>
      )}
      {entityCode && (
        <>
          <Text c="dimmed">{t('account.entity')}</Text>
          <Text>{entityCode}</Text>
        </>
      )}
    </SimpleGrid>
  );
}
