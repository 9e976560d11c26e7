import { Button } from '@mantine/core';
import { Link, useMatchRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../contracts/roles.contract';
import { canManageUsers, canViewAudit } from '../features/auth/permissions';

/** Only the areas the role can use; nothing is shown for what is not built or not allowed. */
export function useNavItems(role: Role | undefined) {
  const { t } = useTranslation();
  if (!role) return [];
  return [
    ...(canManageUsers(role) ? [{ to: '/pengguna' as const, label: t('app.nav.users') }] : []),
    ...(canViewAudit(role) ? [{ to: '/audit' as const, label: t('app.nav.audit') }] : []),
  ];
}

interface MainNavProps {
  role: Role | undefined;
  onNavigate?: () => void;
  fullWidth?: boolean;
}

export function MainNav({ role, onNavigate, fullWidth = false }: MainNavProps) {
  const items = useNavItems(role);
  const matchRoute = useMatchRoute();
  return items.map((item) => (
    <Button
      key={item.to}
      component={Link}
      to={item.to}
      onClick={onNavigate}
      variant={matchRoute({ to: item.to }) ? 'light' : 'subtle'}
      fullWidth={fullWidth}
      justify={fullWidth ? 'flex-start' : 'center'}
    >
      {item.label}
    </Button>
  ));
}
