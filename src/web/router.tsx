import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { AppLayout } from './components/app-layout';
import { AccountPage } from './features/account/account-page';
import { AuditPage } from './features/audit/audit-page';
import { parseAuditSearch } from './features/audit/audit-search';
import { currentUserQuery } from './features/auth/current-user-query';
import { SignInPage } from './features/auth/sign-in-page';
import { parseSignInSearch } from './features/auth/sign-in-search';
import { SignedInLayout } from './features/auth/signed-in-layout';
import { UsersPage } from './features/users/users-page';
import { parseUsersSearch } from './features/users/users-search';
import { queryClient } from './lib/query-client';
import { HomePage } from './pages/home-page';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: AppLayout });

// Every page of the app, listed here and nowhere else. Paths are Indonesian, as users say them.
const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/masuk',
  validateSearch: parseSignInSearch,
  component: SignInPage,
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
  component: UsersPage,
});
const auditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/audit',
  validateSearch: parseAuditSearch,
  component: AuditPage,
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  signInRoute,
  signedInRoute.addChildren([accountRoute, usersRoute, auditRoute]),
]);

export const router = createRouter({ routeTree, context: { queryClient } });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
