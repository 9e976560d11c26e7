import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../contracts/users.contract';
import { useSignedInUser } from '../auth/use-current-user';
import { useProvinceName } from '../regions/use-provinces';

interface UsersTableProps {
  users: UserSummary[];
  onEdit: (user: UserSummary) => void;
  onSetActive: (user: UserSummary) => void;
}

export function UsersTable({ users, onEdit, onSetActive }: UsersTableProps) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const provinceName = useProvinceName();
  if (users.length === 0) return <Text c="dimmed">{t('users.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('users.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.name')}</Table.Th>
            <Table.Th>{t('users.email')}</Table.Th>
            <Table.Th>{t('users.role')}</Table.Th>
            <Table.Th>{t('users.scope')}</Table.Th>
            <Table.Th>{t('users.status')}</Table.Th>
            <Table.Th>{t('users.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>{user.name}</Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  {user.role === 'admin' && user.scope.provinceCodes.length === 0 && (
                    <Text size="sm">{t('common.nationalScope')}</Text>
                  )}
                  {user.scope.provinceCodes.map((code) => (
                    <Text key={code} size="sm">
                      {provinceName(code)}
                    </Text>
                  ))}
                  {user.scope.entityCode && (
                    <Text size="xs" c="dimmed">
                      {t('users.entityPrefix', { code: user.scope.entityCode })}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Badge color={user.isActive ? 'teal' : 'gray'} variant="light">
                  {user.isActive ? t('users.active') : t('users.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>
                {/* Your own account is managed on the account page, not here. */}
                {user.id !== me.id && (
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-sm" variant="subtle" onClick={() => onEdit(user)}>
                      {t('users.edit')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color={user.isActive ? 'red' : 'teal'}
                      onClick={() => onSetActive(user)}
                    >
                      {user.isActive ? t('users.deactivate') : t('users.reactivate')}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
