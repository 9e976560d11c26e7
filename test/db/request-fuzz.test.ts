import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/access/roles';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { importSumateraSelatanHistory } from '../../src/server/demo/sumatera-selatan-history';
import { loadSigningSecret } from '../../src/server/security/signing-secret';
import { createUser } from '../../src/server/use-cases/create-user';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { planMubaLocus, recordMubaEntryMeeting } from '../helpers/cycle-factory';
import { changedTables, createDatabaseFingerprint } from '../helpers/database-fingerprint';
import { attachSampleEvidence } from '../helpers/evidence-factory';
import { caseArbitrary, fuzzRoutesOf, requestOf } from '../helpers/fuzz-route-requests';
import type { JsonSchema } from '../helpers/json-schema-arbitrary';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

/**
 * Schema-driven fuzzing of every route that takes input: bodies, query strings and path parameters generated
 * from the OpenAPI request schemas (valid ones, and the same with a NUL byte, a 200 000-character string, a
 * wrong type, a dropped field, unknown fields, an extreme number, `{}` or random JSON), sent as every role and
 * anonymously. Asserts that nothing answers 5xx and that a 4xx wrote nothing (row counts of every table).
 * Fixed seed: a failure names the seed, route, principal and body, and replays the same way.
 */
const seed = 20261205;
const minimumRequests = 2_000;

type Principal = 'anonymous' | Role;
const everyone: Principal[] = ['anonymous', 'admin', 'coordinator', 'assessor', 'verifier', 'liaison'];

/**
 * Refusals that write on purpose, so the fingerprint ignores these tables for these routes. Nothing else is
 * skipped: every route with a body, query or path parameter is fuzzed.
 */
const writesOnRefusal: Record<string, { tables: string[]; reason: string }> = {
  'POST /api/account/password': {
    tables: ['audit_log', 'login_attempts'],
    reason: 'a wrong current password is counted (throttling) and audited, issue #15 finding 8',
  },
  'POST /api/auth/sign-in': {
    tables: ['audit_log', 'login_attempts'],
    reason: 'a failed sign-in is counted per account and address (throttling) and audited',
  },
};

/** Sample path values that reach real rows (set up in beforeAll); generated values cover the rest. */
const samples = {
  userId: '',
  unitId: '',
  surveyUnitId: '',
  surveyCode: '',
  evidenceId: '',
  snapshotId: '',
  attachmentSha256: '',
};

function samplePathValue(url: string, name: string): string {
  const byName: Record<string, string> = {
    year: '2024',
    kind: 'entry',
    sha256: samples.attachmentSha256,
    unitId: samples.surveyUnitId,
    evidenceId: samples.evidenceId,
    office: '16',
    unitResultId: 'contoh',
    jobId: 'contoh',
  };
  if (name === 'code') {
    if (url.startsWith('/api/unit-types/')) return 'puskesmas';
    if (url.startsWith('/api/public/surveys/') || url.startsWith('/s/')) return samples.surveyCode;
    return '16.06';
  }
  if (name === 'id') {
    if (url.startsWith('/api/users/')) return samples.userId;
    if (url.startsWith('/api/units/')) return samples.unitId;
    if (url.startsWith('/api/results/snapshots/')) return samples.snapshotId;
    return '00000000-0000-4000-8000-000000000000';
  }
  return byName[name] ?? '00000000-0000-4000-8000-000000000000';
}

describe.each(testEngines())('request fuzzing on $name', (engine) => {
  let testApp: TestApp;
  const cookies = new Map<Principal, string>();

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
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
    samples.userId = user.id;
    const admin = await signInAs(testApp.app, demoEmailByRole.admin);
    const unit = await testApp.app.inject({
      method: 'POST',
      url: '/api/entities/16.06/units',
      headers: { cookie: admin },
      payload: { unitTypeCode: 'dinas-sosial', name: 'Dinas Sosial Kabupaten Musi Banyuasin' },
    });
    samples.unitId = unit.json().id;
    samples.surveyUnitId = (await planMubaLocus(testApp.app, admin)).unitIds[0] ?? '';
    const surveyLink = await testApp.app.inject({
      method: 'POST',
      url: `/api/cycles/2024/loci/16.06/units/${samples.surveyUnitId}/survey/link`,
      headers: { cookie: admin },
    });
    samples.surveyCode = surveyLink.json().code;
    samples.attachmentSha256 = (await recordMubaEntryMeeting(testApp.app, admin)).attachmentSha256;
    samples.evidenceId = await attachSampleEvidence(testApp.app, admin, samples.surveyUnitId);
    const imported = await importSumateraSelatanHistory(
      testApp.database.db,
      commandLineAuditContext,
      new Date(),
    );
    samples.snapshotId = imported.years[0]?.snapshotId ?? '';
    // The signing secret is made by the first request that needs one (a survey or a piagam), whatever that
    // request answers; here it exists already, as on any server that has answered one such request.
    await loadSigningSecret(testApp.database.db, { secret: undefined });
    for (const principal of everyone)
      if (principal !== 'anonymous')
        cookies.set(principal, await signInAs(testApp.app, demoEmailByRole[principal]));
  });
  afterAll(() => testApp.close());

  it(`answers no 5xx and writes nothing on a 4xx, for at least ${minimumRequests} generated requests (seed ${seed})`, async () => {
    console.info(`request fuzzing on ${engine.name}: seed ${seed}`);
    const started = performance.now();
    const document = testApp.app.swagger() as { components?: { schemas?: Record<string, JsonSchema> } };
    const resolve = (ref: string) => document.components?.schemas?.[ref.split('/').at(-1) ?? ''] ?? {};
    const { routes, withoutInput } = fuzzRoutesOf(testApp.app);
    const perRoute = Math.ceil(minimumRequests / routes.length / everyone.length) * everyone.length;
    const fingerprint = await createDatabaseFingerprint(testApp.database);
    let before = await fingerprint.take();
    const failures: string[] = [];
    const statusCounts = new Map<string, number>();
    let sent = 0;
    const routeSeconds = new Map<string, number>();
    for (const [index, route] of routes.entries()) {
      const key = `${route.method} ${route.url}`;
      const routeStarted = performance.now();
      const cases = fc.sample(caseArbitrary(route, resolve), { seed: seed + index, numRuns: perRoute });
      for (const [caseIndex, fuzzCase] of cases.entries()) {
        const principal = everyone[caseIndex % everyone.length] ?? 'anonymous';
        const { url, payload, contentType } = requestOf(route, fuzzCase, samplePathValue);
        const headers: Record<string, string> = {};
        if (principal !== 'anonymous') headers.cookie = cookies.get(principal) ?? '';
        if (payload !== undefined) headers['content-type'] = contentType;
        const response = await testApp.app.inject({
          method: route.method as 'GET',
          url,
          headers,
          // Each request from its own address, so per-address rate limits do not turn the run into 429s.
          remoteAddress: `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`,
          ...(payload === undefined
            ? {}
            : { payload: Buffer.isBuffer(payload) ? payload : (JSON.stringify(payload) ?? 'null') }),
        });
        sent += 1;
        const status = response.statusCode;
        const statusClass = `${Math.floor(status / 100)}xx`;
        statusCounts.set(statusClass, (statusCounts.get(statusClass) ?? 0) + 1);
        const shown = `${key} as ${principal} (${fuzzCase.kind}): ${route.method} ${url.slice(0, 200)} ${
          payload === undefined || Buffer.isBuffer(payload)
            ? ''
            : (JSON.stringify(payload) ?? '').slice(0, 300)
        }`;
        if (status >= 500) failures.push(`${shown} → ${status} ${response.body.slice(0, 300)}`);
        if (principal !== 'anonymous' && status === 401) {
          // The call ended this principal's session (sign-out, sign-out-everywhere): sign in again.
          cookies.set(principal, await signInAs(testApp.app, demoEmailByRole[principal]));
          before = await fingerprint.take();
          continue;
        }
        const after = await fingerprint.take();
        if (status >= 400 && status < 500) {
          const allowed = writesOnRefusal[key]?.tables ?? [];
          const written = changedTables(before, after).filter(
            (change) => !allowed.some((t) => change.startsWith(`${t}:`)),
          );
          if (written.length > 0) failures.push(`${shown} → ${status} but wrote ${written.join(', ')}`);
        }
        before = after;
      }
      routeSeconds.set(key, (performance.now() - routeStarted) / 1000);
    }
    const slowest = [...routeSeconds].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.info(`slowest routes: ${slowest.map(([k, t]) => `${k} ${t.toFixed(1)} s`).join('; ')}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `request fuzzing on ${engine.name}: ${sent} requests over ${routes.length} routes in ${seconds} s, ` +
        `${[...statusCounts].map(([c, n]) => `${c} ${n}`).join(', ')}; routes without input: ${withoutInput.join(', ')}`,
    );
    expect(sent).toBeGreaterThanOrEqual(minimumRequests);
    expect(failures).toEqual([]);
  }, 600_000);
});
