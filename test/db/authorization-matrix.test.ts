import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/access/roles';
import { listRegisteredRoutes } from '../../src/server/app';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { importSumateraSelatanHistory } from '../../src/server/demo/sumatera-selatan-history';
import { createUser } from '../../src/server/use-cases/create-user';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { planMubaLocus, recordMubaEntryMeeting } from '../helpers/cycle-factory';
import { attachSampleEvidence } from '../helpers/evidence-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

type Principal = 'anonymous' | Role;
const everyone: Principal[] = ['anonymous', 'admin', 'coordinator', 'assessor', 'verifier', 'liaison'];
const signedIn: Principal[] = ['admin', 'coordinator', 'assessor', 'verifier', 'liaison'];
const userManagers: Principal[] = ['admin', 'coordinator'];

/** Who may call each route. A route missing here fails the first test: every new route needs a row. */
const allowedPrincipals: Record<string, Principal[]> = {
  'GET /api/health': everyone,
  'GET /api/health/live': everyone,
  'GET /api/docs': everyone,
  'GET /api/docs/json': everyone,
  'GET /api/docs/yaml': everyone,
  'GET /api/docs/static/index.html': everyone,
  'GET /api/docs/static/swagger-initializer.js': everyone,
  'GET /api/docs/static/*': everyone,
  'GET /api/regions/provinces': everyone,
  'POST /api/auth/sign-in': everyone,
  'GET /api/auth/me': signedIn,
  'POST /api/auth/sign-out': signedIn,
  'POST /api/auth/sign-out-everywhere': signedIn,
  'POST /api/account/password': signedIn,
  'PATCH /api/account': signedIn,
  'GET /api/users': userManagers,
  'POST /api/users': userManagers,
  'GET /api/users/:id': userManagers,
  'PATCH /api/users/:id': userManagers,
  'POST /api/users/:id/deactivate': userManagers,
  'POST /api/users/:id/reactivate': userManagers,
  'GET /api/audit': userManagers,
  'GET /api/audit/export.csv': userManagers,
  'GET /api/entities': everyone,
  'GET /api/entities/:code': everyone,
  'POST /api/entities': ['admin'],
  'PATCH /api/entities/:code': userManagers,
  'GET /api/unit-types': everyone,
  'POST /api/unit-types': ['admin'],
  'PATCH /api/unit-types/:code': ['admin'],
  'POST /api/entities/:code/units': userManagers,
  'PATCH /api/units/:id': userManagers,
  'GET /api/cycles': signedIn,
  'GET /api/cycle-editions': signedIn,
  'POST /api/cycles': ['admin'],
  'GET /api/cycles/:year': signedIn,
  'PATCH /api/cycles/:year': ['admin'],
  'GET /api/cycles/:year/loci': signedIn,
  'POST /api/cycles/:year/loci/by-province': userManagers,
  'POST /api/cycles/:year/loci/remove': userManagers,
  'GET /api/cycles/:year/loci/:code': signedIn,
  'PUT /api/cycles/:year/loci/:code': userManagers,
  'PUT /api/cycles/:year/loci/:code/team': userManagers,
  'GET /api/my-loci': signedIn,
  'GET /api/cycles/:year/loci/:code/meetings/:kind': signedIn,
  'PUT /api/cycles/:year/loci/:code/meetings/:kind': userManagers,
  'GET /api/cycles/:year/loci/:code/meetings/:kind/minutes.pdf': signedIn,
  'GET /api/cycles/:year/loci/:code/meetings/:kind/attendance.pdf': signedIn,
  'GET /api/cycles/:year/loci/:code/meetings/:kind/attachments/:sha256': signedIn,
  'POST /api/cycles/:year/loci/:code/meetings/:kind/attachments': userManagers,
  'GET /api/cycles/:year/loci/export': signedIn,
  'POST /api/cycles/:year/loci/import': userManagers,
  'GET /api/directory/export': signedIn,
  'POST /api/directory/import': userManagers,
  'POST /api/results/imports': ['admin'],
  'GET /api/results/snapshots': ['admin'],
  'GET /api/results/snapshots/:id/changes': ['admin'],
  'GET /api/public/cycles': everyone,
  'GET /api/public/results': everyone,
  'GET /api/public/results/export': everyone,
  'GET /api/public/entities/:code': everyone,
  // Improvement plans and coaching (liaisons: their own entity; scope is tested in improvement-plans.test.ts).
  'GET /api/plans/simulator/:code': ['admin', 'coordinator', 'liaison'],
  'GET /api/plans': ['admin', 'coordinator', 'liaison'],
  'GET /api/plans/:code/:year': ['admin', 'coordinator', 'liaison'],
  'POST /api/plans/:code/:year': ['admin', 'coordinator', 'liaison'],
  'POST /api/plans/:code/:year/items': ['admin', 'coordinator', 'liaison'],
  'PATCH /api/plans/:code/:year/items/:itemId': ['admin', 'coordinator', 'liaison'],
  'DELETE /api/plans/:code/:year/items/:itemId': ['admin', 'coordinator', 'liaison'],
  'GET /api/plans/:code/:year/items/:itemId/files/:sha256': ['admin', 'coordinator', 'liaison'],
  'POST /api/plans/:code/:year/items/:itemId/files': ['admin', 'coordinator', 'liaison'],
  'GET /api/coaching': ['admin', 'coordinator', 'liaison'],
  'POST /api/coaching': userManagers,
  'GET /api/coaching/:sessionId': ['admin', 'coordinator', 'liaison'],
  'PUT /api/coaching/:sessionId': userManagers,
  'GET /api/coaching/:sessionId/attachments/:sha256': ['admin', 'coordinator', 'liaison'],
  'POST /api/coaching/:sessionId/attachments': userManagers,
  // Oversight products: province offices (the centre for K/L) record and confirm; the entity's liaison reads
  // and uploads follow-up evidence (scope per role is tested in oversight-products.test.ts).
  'GET /api/entities/:code/oversight-products': ['admin', 'coordinator', 'liaison'],
  'POST /api/entities/:code/oversight-products': userManagers,
  'PATCH /api/entities/:code/oversight-products/:productId': userManagers,
  'POST /api/entities/:code/oversight-products/:productId/confirmation': userManagers,
  'GET /api/entities/:code/oversight-products/:productId/files/:sha256': ['admin', 'coordinator', 'liaison'],
  'POST /api/entities/:code/oversight-products/:productId/files': ['admin', 'coordinator', 'liaison'],
  'GET /api/oversight-products/export': ['admin', 'coordinator', 'liaison'],
  'POST /api/oversight-products/import': userManagers,
  'GET /api/notifications': signedIn,
  'GET /api/work-queue': signedIn,
  'GET /api/account/notice-mail': signedIn,
  'PUT /api/account/notice-mail': signedIn,
  'GET /api/auth/password-reset': everyone,
  'POST /api/auth/password-reset/request': everyone,
  'POST /api/auth/password-reset/complete': everyone,
  'POST /api/users/:id/reset-password': userManagers,
  'POST /api/cycles/:year/loci/accept': ['admin'],
  'POST /api/cycles/:year/finalise': ['admin'],
  'GET /api/cycles/:year/provisional-results': ['admin', 'coordinator', 'liaison'],
  'GET /api/cycles/:year/objections': ['admin', 'coordinator', 'verifier', 'liaison'],
  'POST /api/cycles/:year/objections': ['admin', 'coordinator', 'liaison'],
  'POST /api/cycles/:year/objections/:id/decision': ['admin', 'coordinator', 'verifier'],
  'POST /api/cycles/:year/objections/:id/files': ['admin', 'coordinator', 'liaison'],
  'GET /api/cycles/:year/objections/:id/files/:sha256': ['admin', 'coordinator', 'verifier', 'liaison'],
  'GET /api/public/entities/:code/piagam.pdf': everyone,
  'GET /api/public/entities/:code/rapor.pdf': everyone,
  'GET /api/public/entities/:code/documents': everyone,
  'GET /api/public/units/:unitResultId/piagam.pdf': everyone,
  'GET /api/public/verify/:code': everyone,
  'GET /api/public/methodologies': everyone,
  'GET /api/public/methodologies/:ref': everyone,
  'GET /api/document-signatories': userManagers,
  'PUT /api/document-signatories/:year/:office': userManagers,
  'GET /api/document-letterheads': userManagers,
  'PUT /api/document-letterheads/:office': userManagers,
  'DELETE /api/document-letterheads/:office': userManagers,
  'GET /api/document-jobs': ['admin'],
  'POST /api/document-jobs': ['admin'],
  'GET /api/document-jobs/:jobId': ['admin'],
  'GET /api/document-jobs/:jobId/download': ['admin'],
  'GET /api/cycles/:year/loci/:code/units/:unitId/workflow': ['admin', 'coordinator', 'assessor', 'verifier'],
  'POST /api/cycles/:year/loci/:code/units/:unitId/submit': ['admin', 'coordinator', 'assessor'],
  'POST /api/cycles/:year/loci/:code/units/:unitId/return': ['admin', 'coordinator', 'verifier'],
  'POST /api/cycles/:year/loci/:code/units/:unitId/verify': ['admin', 'coordinator', 'verifier'],
  'POST /api/cycles/:year/loci/:code/units/:unitId/reopen': ['admin', 'coordinator', 'verifier'],
  'GET /api/cycles/:year/loci/:code/approval': ['admin', 'coordinator', 'assessor', 'verifier'],
  'POST /api/cycles/:year/loci/:code/approve': userManagers,
  'POST /api/cycles/:year/loci/:code/accept': ['admin'],
  'POST /api/cycles/:year/loci/:code/withdraw-approval': userManagers,
  'POST /api/cycles/:year/loci/:code/withdraw-acceptance': ['admin'],
  'POST /api/cycles/:year/loci/:code/units/:unitId/correction': userManagers,
  'GET /api/cycles/:year/finalise/readiness': ['admin'],
  'GET /api/cycles/:year/progress': userManagers,
  'GET /api/cycles/:year/loci/:code/units/:unitId/survey': ['admin', 'coordinator', 'assessor', 'verifier'],
  'POST /api/cycles/:year/loci/:code/units/:unitId/survey/link': ['admin', 'coordinator', 'assessor'],
  'GET /api/cycles/:year/loci/:code/units/:unitId/survey/poster.pdf': [
    'admin',
    'coordinator',
    'assessor',
    'verifier',
  ],
  'GET /api/cycles/:year/loci/:code/units/:unitId/survey/responses': [
    'admin',
    'coordinator',
    'assessor',
    'verifier',
  ],
  'POST /api/cycles/:year/loci/:code/units/:unitId/survey/responses/:responseId/exclusion': [
    'admin',
    'coordinator',
    'verifier',
  ],
  'GET /api/public/surveys/:code': everyone,
  'POST /api/public/surveys/:code': everyone,
  'GET /s/:code': everyone,
  'POST /s/:code': everyone,
  // The entity's public-trust survey (Survei Kepercayaan Masyarakat): staff as the unit survey, /k/:code public.
  'GET /api/cycles/:year/loci/:code/trust-survey': ['admin', 'coordinator', 'assessor', 'verifier'],
  'POST /api/cycles/:year/loci/:code/trust-survey/link': ['admin', 'coordinator', 'assessor'],
  'GET /api/cycles/:year/loci/:code/trust-survey/poster.pdf': [
    'admin',
    'coordinator',
    'assessor',
    'verifier',
  ],
  'GET /api/cycles/:year/loci/:code/trust-survey/responses': ['admin', 'coordinator', 'assessor', 'verifier'],
  'POST /api/cycles/:year/loci/:code/trust-survey/responses/:responseId/exclusion': [
    'admin',
    'coordinator',
    'verifier',
  ],
  'GET /api/public/trust-surveys/:code': everyone,
  'POST /api/public/trust-surveys/:code': everyone,
  'GET /k/:code': everyone,
  'POST /k/:code': everyone,
  // Proof of service of the service-user survey: the cycle's rule (admin) and the field team's mark.
  'GET /api/cycles/:year/survey-proof': ['admin', 'coordinator', 'assessor', 'verifier'],
  'PUT /api/cycles/:year/survey-proof': ['admin'],
  'POST /api/cycles/:year/loci/:code/units/:unitId/survey/responses/:responseId/proof': [
    'admin',
    'coordinator',
    'assessor',
  ],
  'POST /api/cycles/:year/loci/:code/units/:unitId/evidence': ['admin', 'coordinator', 'assessor'],
  // Reusing a stored file of the unit on another answer: whoever may attach evidence (issue #20).
  'POST /api/cycles/:year/loci/:code/units/:unitId/evidence/reuse': ['admin', 'coordinator', 'assessor'],
  'DELETE /api/cycles/:year/loci/:code/units/:unitId/evidence/:evidenceId': [
    'admin',
    'coordinator',
    'assessor',
  ],
  'GET /api/cycles/:year/loci/:code/units/:unitId/evidence/:evidenceId/file': [
    'admin',
    'coordinator',
    'assessor',
    'verifier',
  ],
  'GET /api/cycles/:year/loci/:code/evidence.zip': ['admin', 'coordinator', 'assessor', 'verifier'],
  // Evidence integrity: verifiers decide flags (and read the province report), as they exclude survey responses.
  'PUT /api/cycles/:year/loci/:code/units/:unitId/evidence/:evidenceId/flags/:flagCode/decision': [
    'admin',
    'coordinator',
    'verifier',
  ],
  'GET /api/cycles/:year/evidence-integrity': ['admin', 'coordinator', 'verifier'],
  // Assessor quality control: coordinators draw the sample; the drawn second assessor enters levels.
  'POST /api/cycles/:year/quality/sample': ['admin', 'coordinator'],
  'PUT /api/cycles/:year/loci/:code/units/:unitId/second-scoring/answers': [
    'admin',
    'coordinator',
    'assessor',
  ],
  'GET /api/cycles/:year/quality': ['admin', 'coordinator'],
  'GET /api/quality/second-scorings': ['admin', 'coordinator', 'assessor'],
  'GET /api/cycles/:year/loci/:code/units/:unitId/second-scoring': ['admin', 'coordinator', 'assessor'],
  // Verifiers settle the disagreements of the units they verify.
  'GET /api/cycles/:year/loci/:code/units/:unitId/second-scoring/disagreements': [
    'admin',
    'coordinator',
    'verifier',
  ],
  'POST /api/cycles/:year/loci/:code/units/:unitId/second-scoring/settlements': [
    'admin',
    'coordinator',
    'verifier',
  ],
  'GET /api/cycles/:year/loci/:code/units/:unitId/complaints': [
    'admin',
    'coordinator',
    'assessor',
    'verifier',
  ],
  'POST /api/cycles/:year/loci/:code/units/:unitId/complaints': ['admin', 'coordinator', 'assessor'],
  'PATCH /api/cycles/:year/loci/:code/units/:unitId/complaints/:id': ['admin', 'coordinator', 'assessor'],
  'DELETE /api/cycles/:year/loci/:code/units/:unitId/complaints/:id': ['admin', 'coordinator', 'assessor'],
  'GET /api/cycles/:year/loci/:code/units/:unitId/collection': [
    'admin',
    'coordinator',
    'assessor',
    'verifier',
  ],
  'GET /api/cycles/:year/loci/:code/units/:unitId/scoring-input': [
    'admin',
    'coordinator',
    'assessor',
    'verifier',
  ],
  'POST /api/cycles/:year/loci/:code/units/:unitId/respondents': ['admin', 'coordinator', 'assessor'],
  'PATCH /api/cycles/:year/loci/:code/units/:unitId/respondents/:respondentId': [
    'admin',
    'coordinator',
    'assessor',
  ],
  'DELETE /api/cycles/:year/loci/:code/units/:unitId/respondents/:respondentId': [
    'admin',
    'coordinator',
    'assessor',
  ],
  'PUT /api/cycles/:year/loci/:code/units/:unitId/answers': ['admin', 'coordinator', 'assessor'],
  // Field-data import of one unit (issue #19): whoever may fill in the unit online.
  'GET /api/cycles/:year/loci/:code/units/:unitId/field-import/template': [
    'admin',
    'coordinator',
    'assessor',
  ],
  'POST /api/cycles/:year/loci/:code/units/:unitId/field-import': ['admin', 'coordinator', 'assessor'],
  // Resumable uploads of evidence files (issue #18): whoever may attach evidence; each upload is its owner's.
  'POST /api/uploads': ['admin', 'coordinator', 'assessor'],
  'GET /api/uploads/:uploadId': ['admin', 'coordinator', 'assessor'],
  'PUT /api/uploads/:uploadId': ['admin', 'coordinator', 'assessor'],
};

/** A published result snapshot (the demo Sumatera Selatan history), set before the matrix runs. */
let sampleSnapshotId = '';
/** A Muba locus unit (units.id) with its public survey code, set before the matrix runs. */
let sampleSurveyUnitId = '';
let sampleSurveyCode = '';
/** Muba's public-trust survey code in the 2024 cycle, made before the matrix runs. */
let sampleTrustSurveyCode = '';
/** An evidence item of that unit (a PDF on PRS-01), set before the matrix runs. */
let sampleEvidenceId = '';

/** Path parameters that name something inside the coordinator's province (Sumatera Selatan). */
function samplePath(url: string, ids: { user: string; unit: string; attachment?: string }): string {
  // Cycle planning: the 2024 cycle, Muba as its locus (assessor and verifier assigned), its entry meeting.
  return (
    url
      // No plan exists here: a year before any cycle answers 400 to the allowed roles (never 404).
      .replace('/api/plans/:code/:year', '/api/plans/16.06/1999')
      .replace(':year', '2024')
      .replace(':kind', 'entry')
      .replace(':sha256', ids.attachment ?? '')
      .replace('/api/results/snapshots/:id', `/api/results/snapshots/${sampleSnapshotId}`)
      .replace('/api/public/results/export', '/api/public/results/export?format=csv')
      .replace('/provisional-results', '/provisional-results?entity=16.06')
      // Documents: the demo history has no unit results and no job exists, so those ids are malformed (400
      // for an allowed principal; refusals come before validation).
      .replace(/^\/api\/document-signatories$/, '/api/document-signatories?year=2024')
      .replace(':office', '16')
      .replace(':unitResultId', 'contoh')
      .replace(':jobId', 'contoh')
      // An upload belongs to its owner alone: a malformed id answers 400 to the allowed roles.
      .replace(':uploadId', 'contoh')
      // No product id is valid here: allowed principals get 400 from validation (refusals come before it).
      .replace(':productId', 'contoh')
      // Second scoring answers 404 to anyone but the drawn assessor (and for undrawn units): a malformed unit
      // id answers 400 to the allowed roles instead.
      .replace('/units/:unitId/second-scoring', '/units/contoh/second-scoring')
      .replace(':unitId', sampleSurveyUnitId)
      .replace(':evidenceId', sampleEvidenceId)
      // Field collection: the cycle is back in entry meetings, so removing this (absent) respondent is refused
      // with PHASE_CLOSED before it is looked up.
      .replace(':respondentId', '00000000-0000-4000-8000-000000000000')
      .replace(':responseId', '00000000-0000-4000-8000-000000000000')
      .replace('/complaints/:id', '/complaints/00000000-0000-4000-8000-000000000000')
      .replace('/api/public/surveys/:code', `/api/public/surveys/${sampleSurveyCode}`)
      .replace('/s/:code', `/s/${sampleSurveyCode}`)
      .replace('/api/public/trust-surveys/:code', `/api/public/trust-surveys/${sampleTrustSurveyCode}`)
      .replace('/k/:code', `/k/${sampleTrustSurveyCode}`)
      .replace('/api/users/:id', `/api/users/${ids.user}`)
      .replace('/api/units/:id', `/api/units/${ids.unit}`)
      .replace('/api/unit-types/:code', '/api/unit-types/puskesmas')
      .replace('/api/public/methodologies/:ref', '/api/public/methodologies/ombudsman-opini@2026')
      .replace(':code', '16.06')
      .replace('*', 'swagger-ui.css')
  );
}

/** Calls that end the caller's session: the principal signs in again afterwards. */
const endsSession = new Set(['POST /api/auth/sign-out', 'POST /api/auth/sign-out-everywhere']);

describe.each(testEngines())('authorization matrix on $name', (engine) => {
  let testApp: TestApp;
  let targetUserId: string;
  let targetUnitId: string;
  let attachmentSha256: string;
  const cookies = new Map<Principal, string>();

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    // A user in Sumatera Selatan that no principal signs in as, so deactivating it ends no test session.
    const { user } = await createUser(
      testApp.database.db,
      undefined,
      {
        email: 'sasaran@patuh.test',
        name: 'Sasaran Uji',
        role: 'assessor',
        scope: { provinceCodes: ['16'], entityCode: null },
      },
      commandLineAuditContext,
    );
    targetUserId = user.id;
    targetUnitId = (await createUnitDirectly(testApp)).id;
    const adminCookie = await signInAs(testApp.app, demoEmailByRole.admin);
    const planned = await planMubaLocus(testApp.app, adminCookie);
    sampleSurveyUnitId = planned.unitIds[0] ?? '';
    const surveyLink = await testApp.app.inject({
      method: 'POST',
      url: `/api/cycles/2024/loci/16.06/units/${sampleSurveyUnitId}/survey/link`,
      headers: { cookie: adminCookie },
    });
    sampleSurveyCode = surveyLink.json().code;
    const trustLink = await testApp.app.inject({
      method: 'POST',
      url: '/api/cycles/2024/loci/16.06/trust-survey/link',
      headers: { cookie: adminCookie },
    });
    sampleTrustSurveyCode = trustLink.json().code;
    attachmentSha256 = (await recordMubaEntryMeeting(testApp.app, adminCookie)).attachmentSha256;
    sampleEvidenceId = await attachSampleEvidence(testApp.app, adminCookie, sampleSurveyUnitId);
    const imported = await importSumateraSelatanHistory(
      testApp.database.db,
      commandLineAuditContext,
      new Date(),
    );
    sampleSnapshotId = imported.years[0]?.snapshotId ?? '';
    for (const role of signedIn)
      cookies.set(role, await signInAs(testApp.app, demoEmailByRole[role as Role]));
  });
  afterAll(() => testApp.close());

  it('has a row for every registered route, and no row for a route that does not exist', () => {
    const registered = listRegisteredRoutes(testApp.app).map((route) => `${route.method} ${route.url}`);
    expect([...registered].sort()).toEqual(Object.keys(allowedPrincipals).sort());
  });

  it('allows exactly the principals in the table and refuses the others (401 anonymous, 403 other roles)', async () => {
    const outcomes: string[] = [];
    const routes = listRegisteredRoutes(testApp.app).sort(
      (a, b) => sessionEndingLast(a) - sessionEndingLast(b),
    );
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      for (const principal of everyone) {
        const response = await testApp.app.inject({
          method: route.method as 'GET',
          url: samplePath(route.url, {
            user: targetUserId,
            unit: targetUnitId,
            attachment: attachmentSha256,
          }),
          headers: principal === 'anonymous' ? {} : { cookie: cookies.get(principal) ?? '' },
          ...(route.method === 'GET' ? {} : { payload: {} }),
        });
        const isAllowed = allowedPrincipals[key]?.includes(principal) ?? false;
        const refusal = principal === 'anonymous' ? 401 : 403;
        const isRight = isAllowed
          ? ![401, 403, 404].includes(response.statusCode)
          : response.statusCode === refusal;
        if (!isRight)
          outcomes.push(
            `${key} as ${principal}: ${response.statusCode} (expected ${isAllowed ? 'allowed' : refusal})`,
          );
        if (isAllowed && endsSession.has(key) && principal !== 'anonymous') {
          cookies.set(principal, await signInAs(testApp.app, demoEmailByRole[principal]));
        }
      }
    }
    expect(outcomes).toEqual([]);
    // About 1,100 requests: a correctness check, given room on a busy machine.
  }, 240_000);
});

async function createUnitDirectly(testApp: TestApp): Promise<{ id: string }> {
  const admin = await signInAs(testApp.app, demoEmailByRole.admin);
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/entities/16.06/units',
    headers: { cookie: admin },
    payload: { unitTypeCode: 'dinas-sosial', name: 'Dinas Sosial Kabupaten Musi Banyuasin' },
  });
  return response.json();
}

function sessionEndingLast(route: { method: string; url: string }): number {
  return endsSession.has(`${route.method} ${route.url}`) ? 1 : 0;
}
