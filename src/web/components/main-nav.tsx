import { Button } from '@mantine/core';
import { Link, useMatchRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../contracts/roles.contract';
import { canManageUsers, canViewAudit } from '../features/auth/permissions';

/** Only the areas the role can use; nothing is shown for what is not built or not allowed. */
export function useNavItems(role: Role | undefined) {
  const { t } = useTranslation();
  // Published results are public: everyone, signed in or not, reaches the portal from the header.
  const resultsItems = [{ to: '/hasil' as const, label: t('portal.nav') }];
  if (!role)
    return [
      ...resultsItems,
      { to: '/metodologi' as const, label: t('methodology.nav') },
      { to: '/mulai' as const, label: t('tour.nav') },
    ];
  return [
    ...resultsItems,
    { to: '/siklus' as const, label: t('planning.nav.cycles') },
    { to: '/direktori' as const, label: t('planning.nav.directory') },
    ...(role === 'assessor' ? [{ to: '/kerja-lapangan' as const, label: t('offline.prepare.title') }] : []),
    ...(role === 'admin' ? [{ to: '/kelola-hasil' as const, label: t('resultsAdmin.nav') }] : []),
    ...(role === 'admin' || role === 'coordinator'
      ? [{ to: '/dokumen' as const, label: t('documents.nav') }]
      : []),
    ...(canManageUsers(role) ? [{ to: '/pengguna' as const, label: t('app.nav.users') }] : []),
    ...(canViewAudit(role) ? [{ to: '/audit' as const, label: t('app.nav.audit') }] : []),
    ...(role === 'admin' || role === 'coordinator' || role === 'liaison'
      ? [
          { to: '/rencana-aksi' as const, label: t('plans.nav.plans') },
          { to: '/pembinaan' as const, label: t('plans.nav.coaching') },
          { to: '/produk-pengawasan' as const, label: t('oversight.nav') },
        ]
      : []),
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
      // In the header, compact buttons keep all of an admin's ten areas in one row at 1280 px.
      size={fullWidth ? 'sm' : 'compact-sm'}
      fz={fullWidth ? undefined : '0.8125rem'}
    >
      {item.label}
    </Button>
  ));
}
