import { Button, Group, Loader, Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { createUserResponseSchema, UserSummary } from '../../../contracts/users.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { NoAccess } from '../../components/no-access';
import { PageSummary } from '../../components/page-summary';
import { usePageTitle } from '../../lib/use-page-title';
import { canManageUsers } from '../auth/permissions';
import { useSignedInUser } from '../auth/use-current-user';
import { CreateUserModal } from './create-user-modal';
import { EditUserModal } from './edit-user-modal';
import { OneTimePasswordPanel } from './one-time-password-panel';
import { SetUserActiveModal } from './set-user-active-modal';
import { UserFilters } from './user-filters';
import { usersPageSize, useUsers } from './users-api';
import type { UsersSearch } from './users-search';
import { UsersTable } from './users-table';

const routeApi = getRouteApi('/_signedIn/pengguna');

export function UsersPage() {
  const user = useSignedInUser();
  if (!canManageUsers(user.role)) return <NoAccess />;
  return <UsersDirectory />;
}

function UsersDirectory() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const users = useUsers(search);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<z.infer<typeof createUserResponseSchema>>();
  const [editing, setEditing] = useState<UserSummary>();
  const [togglingActive, setTogglingActive] = useState<UserSummary>();

  // Any filter change starts again at page 1.
  const changeFilters = (patch: Partial<UsersSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }), replace: true });

  return (
    <Stack gap="md" py="md">
      <Group justify="space-between">
        <Title order={1}>{t('users.title')}</Title>
        <Button onClick={() => setCreating(true)}>{t('users.add')}</Button>
      </Group>
      {created && (
        <OneTimePasswordPanel
          email={created.user.email}
          oneTimePassword={created.oneTimePassword}
          onDismiss={() => setCreated(undefined)}
        />
      )}
      <UserFilters search={search} onChange={changeFilters} />
      <ApiErrorAlert error={users.error} />
      {users.isPending && <Loader size="sm" />}
      {users.data && (
        <>
          <UsersTable users={users.data.items} onEdit={setEditing} onSetActive={setTogglingActive} />
          <PageSummary
            page={users.data.page}
            pageSize={users.data.pageSize || usersPageSize}
            total={users.data.total}
            onPageChange={(page) => void navigate({ search: (previous) => ({ ...previous, page }) })}
          />
        </>
      )}
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      {editing && <EditUserModal target={editing} onClose={() => setEditing(undefined)} />}
      {togglingActive && (
        <SetUserActiveModal target={togglingActive} onClose={() => setTogglingActive(undefined)} />
      )}
    </Stack>
  );
}
