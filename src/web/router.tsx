import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { AppLayout } from './components/app-layout';
import { parseAuditSearch } from './features/audit/audit-search';
import { currentUserQuery } from './features/auth/current-user-query';
import { parseSignInSearch } from './features/auth/sign-in-search';
import { parseDirectorySearch } from './features/entities/directory-search';
import { parseLociSearch } from './features/loci/loci-search';
import { parseMethodologySearch } from './features/methodology/methodology-search';
import { parsePortalSearch } from './features/portal/portal-search';
import { parseUsersSearch } from './features/users/users-search';
import { queryClient } from './lib/query-client';
import { parsePlainSearch, stringifyPlainSearch } from './lib/search-params';
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
  component: lazyRouteComponent(() => import('./features/auth/sign-in-page'), 'SignInPage'),
});

// Account recovery by e-mail ("lupa kata sandi"): the request form and the page of the e-mailed link.
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lupa-sandi',
  component: lazyRouteComponent(
    () => import('./features/recovery/forgot-password-page'),
    'ForgotPasswordPage',
  ),
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/atur-ulang-sandi',
  validateSearch: (search: Record<string, unknown>) => ({
    token: typeof search.token === 'string' ? search.token.slice(0, 100) : undefined,
  }),
  component: lazyRouteComponent(() => import('./features/recovery/reset-password-page'), 'ResetPasswordPage'),
});

// What each role does, with the demo accounts: no account needed.
const tourRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mulai',
  component: lazyRouteComponent(() => import('./features/tour/tour-page'), 'TourPage'),
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

// Every methodology edition, its tree and provenance, and what changed between two: no account needed.
const methodologyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/metodologi',
  validateSearch: parseMethodologySearch,
  component: lazyRouteComponent(() => import('./features/methodology/methodology-page'), 'MethodologyPage'),
});

// Public check of a printed piagam code (the QR code points to /verifikasi/<code>; /verify is an alias).
const verifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verifikasi/$code',
  component: lazyRouteComponent(() => import('./features/verify/verify-page'), 'VerifyPage'),
});
const verifyAliasRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify/$code',
  component: lazyRouteComponent(() => import('./features/verify/verify-page'), 'VerifyPage'),
});

/** Pages that need an account: signed-out visitors are sent to the sign-in page and brought back after. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_signedIn',
  // Lazy: what only signed-in staff use (the offline outbox among it) stays off the visitors' landing page.
  component: lazyRouteComponent(() => import('./features/auth/signed-in-layout'), 'SignedInLayout'),
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(currentUserQuery).catch(() => undefined);
    if (user === null) throw redirect({ to: '/masuk', search: { redirect: location.href } });
  },
});
const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/akun',
  component: lazyRouteComponent(() => import('./features/account/account-page'), 'AccountPage'),
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
  validateSearch: parseLociSearch,
  component: lazyRouteComponent(() => import('./features/cycles/cycle-page'), 'CyclePage'),
});
const locusRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/siklus/$year/lokus/$code',
  component: lazyRouteComponent(() => import('./features/loci/locus-page'), 'LocusPage'),
});
// Field progress of a cycle for coordinators and the centre.
const progressRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/siklus/$year/progres',
  component: lazyRouteComponent(() => import('./features/progress/progress-page'), 'ProgressPage'),
});
// Flagged evidence photos of a province in a cycle, for verifiers and coordinators (docs/evidence-integrity.md).
const integrityReportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/siklus/$year/integritas',
  component: lazyRouteComponent(
    () => import('./features/evidence/integrity-report-page'),
    'IntegrityReportPage',
  ),
});
// Assessor quality control (double scoring, kappa) for coordinators and the centre.
const qualityRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/siklus/$year/mutu',
  component: lazyRouteComponent(() => import('./features/quality/quality-page'), 'QualityPage'),
});
// The blind second scoring of a sampled unit (its drawn assessor) and the verifier's settlement of differences.
const secondScoringRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/mutu/penilaian-kedua/$year/$code/$unitId',
  component: lazyRouteComponent(() => import('./features/quality/second-scoring-page'), 'SecondScoringPage'),
});
const settleDisagreementsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/siklus/$year/lokus/$code/unit/$unitId/perbedaan',
  component: lazyRouteComponent(
    () => import('./features/quality/settle-disagreements-page'),
    'SettleDisagreementsPage',
  ),
});
const unitCollectionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/siklus/$year/lokus/$code/unit/$unitId',
  component: lazyRouteComponent(
    () => import('./features/collection/unit-collection-page'),
    'UnitCollectionPage',
  ),
});
// Preparing an assessor's units for work without signal (docs/offline-field-work.md).
const fieldWorkRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/kerja-lapangan',
  component: lazyRouteComponent(() => import('./features/offline/field-work-page'), 'FieldWorkPage'),
});
// Finalising a cycle (centre) and the objection window (liaisons, province offices).
const finaliseRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/siklus/$year/penetapan',
  component: lazyRouteComponent(() => import('./features/results/finalise-page'), 'FinalisePage'),
});
const objectionsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/siklus/$year/sanggahan',
  component: lazyRouteComponent(() => import('./features/objections/objections-page'), 'ObjectionsPage'),
});
const directoryRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/direktori',
  validateSearch: parseDirectorySearch,
  component: lazyRouteComponent(() => import('./features/entities/directory-page'), 'DirectoryPage'),
});

const plansRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/rencana-aksi',
  component: lazyRouteComponent(() => import('./features/plans/plans-page'), 'PlansPage'),
});
const planRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/rencana-aksi/$code',
  validateSearch: (search: Record<string, unknown>): { tahun?: number } => {
    const year = Number(search.tahun);
    return Number.isInteger(year) && year >= 2000 && year <= 2100 ? { tahun: year } : {};
  },
  component: lazyRouteComponent(() => import('./features/plans/plan-page'), 'PlanPage'),
});
const simulatorRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/simulasi/$code',
  component: lazyRouteComponent(() => import('./features/plans/simulator-page'), 'SimulatorPage'),
});
const coachingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/pembinaan',
  component: lazyRouteComponent(() => import('./features/coaching/coaching-page'), 'CoachingPage'),
});

// The oversight-products register (produk pengawasan) of each entity.
const oversightRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/produk-pengawasan',
  component: lazyRouteComponent(() => import('./features/oversight/oversight-page'), 'OversightPage'),
});
const entityOversightRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/produk-pengawasan/$code',
  component: lazyRouteComponent(
    () => import('./features/oversight/entity-oversight-page'),
    'EntityOversightPage',
  ),
});

// Piagam signatories and bulk generation of a year's documents.
const documentsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/dokumen',
  component: lazyRouteComponent(() => import('./features/documents/documents-page'), 'DocumentsPage'),
});

// Exported for the build-time render of the public pages' first paint (src/web/prerender/render-page.tsx).
export const routeTree = rootRoute.addChildren([
  verifyRoute,
  verifyAliasRoute,
  homeRoute,
  tourRoute,
  signInRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  portalRoute,
  entityResultsRoute,
  methodologyRoute,
  signedInRoute.addChildren([
    documentsRoute,
    plansRoute,
    planRoute,
    simulatorRoute,
    coachingRoute,
    oversightRoute,
    entityOversightRoute,
    cyclesRoute,
    cycleRoute,
    locusRoute,
    unitCollectionRoute,
    fieldWorkRoute,
    progressRoute,
    integrityReportRoute,
    qualityRoute,
    secondScoringRoute,
    settleDisagreementsRoute,
    directoryRoute,
    resultsAdminRoute,
    finaliseRoute,
    objectionsRoute,
    accountRoute,
    usersRoute,
    auditRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  parseSearch: parsePlainSearch,
  stringifySearch: stringifyPlainSearch,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
