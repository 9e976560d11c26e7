import { Button, Group, Loader } from '@mantine/core';
import { Navigate, Outlet, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { NotificationBell } from '../notifications/notification-bell';
import { OutboxIndicator } from '../offline/outbox-indicator';
import { SignedInUserContext, useCurrentUser } from './use-current-user';

/**
 * Wraps every page that needs an account. The route's beforeLoad already redirects on first entry; this also
 * catches a session that ends while the page is open.
 */
export function SignedInLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const currentUser = useCurrentUser();

  if (currentUser.isPending) return <Loader m="xl" aria-label={t('common.loading')} />;
  if (currentUser.error) {
    return (
      <Group my="md" align="flex-start">
        <ApiErrorAlert error={currentUser.error} />
        <Button variant="light" onClick={() => void currentUser.refetch()}>
          {t('common.retry')}
        </Button>
      </Group>
    );
  }
  const user = currentUser.data;
  if (!user) return <Navigate to="/masuk" search={{ redirect: location.href }} replace />;
  if (user.mustChangePassword && location.pathname !== '/akun') {
    return <Navigate to="/akun" hash="kata-sandi" replace />;
  }
  return (
    <SignedInUserContext.Provider value={user}>
      {/* In-app notices (plan deadlines, returned units): a bell above every signed-in page, once the
          one-time password is replaced (the server opens nothing else before). */}
      {!user.mustChangePassword && (
        <Group justify="flex-end" mb="xs">
          <OutboxIndicator />
          <NotificationBell />
        </Group>
      )}
      <Outlet />
    </SignedInUserContext.Provider>
  );
}
