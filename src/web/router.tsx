import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { AppLayout } from './components/app-layout';
import { AccountPage } from './features/account/account-page';
import { parseAuditSearch } from './features/audit/audit-search';
import { currentUserQuery } from './features/auth/current-user-query';
import { SignInPage } from './features/auth/sign-in-page';
import { parseSignInSearch } from './features/auth/sign-in-search';
import { SignedInLayout } from './features/auth/signed-in-layout';
import { parsePortalSearch } from './features/portal/portal-search';
import { parseUsersSearch } from './features/users/users-search';
import { queryClient } from './lib/query-client';
import { HomePage } from './pages/home-page';

// Pages load on first visit (charts and maps only where they are shown), so the landing page stays small
// for a phone on a slow connection.
const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: AppLayout });

// Every page of the app, listed here and nowhere else. Paths are Indonesian, as users say them.
const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/masuk',
  validateSearch: parseSignInSearch,
  component: SignInPage,
});

// The public results portal: no account needed.
const portalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/hasil',
  validateSearch: parsePortalSearch,
  component: lazyRouteComponent(() => import('./features/portal/portal-page'), 'PortalPage'),
});
// Ends in /riwayat: a last segment like "16.06" would look like a file to the server's page fallback.
const entityResultsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/hasil/entitas/$code/riwayat',
  component: lazyRouteComponent(() => import('./features/portal/entity-results-page'), 'EntityResultsPage'),
});

/** Pages that need an account: signed-out visitors are sent to the sign-in page and brought back after. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_signedIn',
  component: SignedInLayout,
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(currentUserQuery).catch(() => undefined);
    if (user === null) throw redirect({ to: '/masuk', search: { redirect: location.href } });
  },
});
const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/akun',
  component: AccountPage,
});
const usersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/pengguna',
  validateSearch: parseUsersSearch,
  component: lazyRouteComponent(() => import('./features/users/users-page'), 'UsersPage'),
});
const auditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/audit',
  validateSearch: parseAuditSearch,
  component: lazyRouteComponent(() => import('./features/audit/audit-page'), 'AuditPage'),
});

const resultsAdminRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/kelola-hasil',
  component: lazyRouteComponent(() => import('./features/results/results-admin-page'), 'ResultsAdminPage'),
});

// Cycle planning: cycles, their loci (teams, entry meetings) and the directory of entities and units.
const cyclesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/siklus',
  component: lazyRouteComponent(() => import('./features/cycles/cycles-page'), 'CyclesPage'),
});
const cycleRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/siklus/$year',
  component: lazyRouteComponent(() => import('./features/cycles/cycle-page'), 'CyclePage'),
});
const locusRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/siklus/$year/lokus/$code',
  component: lazyRouteComponent(() => import('./features/loci/locus-page'), 'LocusPage'),
});
const directoryRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/direktori',
  component: lazyRouteComponent(() => import('./features/entities/directory-page'), 'DirectoryPage'),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  signInRoute,
  portalRoute,
  entityResultsRoute,
  signedInRoute.addChildren([
    cyclesRoute,
    cycleRoute,
    locusRoute,
    directoryRoute,
    resultsAdminRoute,
    accountRoute,
    usersRoute,
    auditRoute,
  ]),
]);

export const router = createRouter({ routeTree, context: { queryClient } });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
