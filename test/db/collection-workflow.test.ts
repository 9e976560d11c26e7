import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Methodology } from '../../src/core/methodology/methodology.schema';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { auditLog } from '../../src/server/db/schema/audit-log';
import { reviewNotes } from '../../src/server/db/schema/collection';
import { locusUnits } from '../../src/server/db/schema/cycles';
import { createUser } from '../../src/server/use-cases/create-user';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import {
  clearLocusUnit,
  fillLocusUnit,
  findLocusUnitId,
  methodologyOf,
} from '../helpers/collected-unit-factory';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs, signInReplacingOneTimePassword } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

type Who = keyof typeof demoEmailByRole | 'otherAssessor' | 'otherCoordinator';

describe.each(testEngines())('unit verification workflow and entity approval on $name', (engine) => {
  let testApp: TestApp;
  let methodology: Methodology;
  const cookie = new Map<Who, string>();
  let unitIds: string[] = [];
  const unitUrl = (index: number, action: string) =>
    `/api/cycles/2024/loci/16.06/units/${unitIds[index]}/${action}`;
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, who: Who, payload?: object) =>
    testApp.app.inject({
      method,
      url,
      headers: { cookie: cookie.get(who) ?? '' },
      ...(payload ? { payload } : method === 'POST' ? { payload: {} } : {}),
    });
  const fill = async (index: number, options: Parameters<typeof fillLocusUnit>[3] = {}) =>
    fillLocusUnit(
      testApp.database.db,
      methodology,
      await findLocusUnitId(testApp.database.db, '16.06', unitIds[index] ?? ''),
      options,
    );

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    methodology = await methodologyOf('ombudsman-kepatuhan@2024r1');
    for (const role of Object.keys(demoEmailByRole) as (keyof typeof demoEmailByRole)[])
      cookie.set(role, await signInAs(testApp.app, demoEmailByRole[role]));
    ({ unitIds } = await planMubaLocus(testApp.app, cookie.get('admin') ?? ''));
    for (const [who, role, province] of [
      ['otherAssessor', 'assessor', '16'],
      ['otherCoordinator', 'coordinator', '31'],
    ] as const) {
      const created = await createUser(
        testApp.database.db,
        undefined,
        {
          email: `${who.toLowerCase()}@patuh.test`,
          name: who,
          role,
          scope: { provinceCodes: [province], entityCode: null },
        },
        commandLineAuditContext,
      );
      cookie.set(
        who,
        await signInReplacingOneTimePassword(testApp.app, created.user.email, created.oneTimePassword),
      );
    }
  });
  afterAll(() => testApp.close());

  it('refuses submission before data collection opens, saying why', async () => {
    const response = await call('POST', unitUrl(0, 'submit'), 'assessor');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('PHASE_CLOSED');
    const patched = await call('PATCH', '/api/cycles/2024', 'admin', {
      phases: phasesAround('data-collection'),
    });
    expect(patched.statusCode).toBe(200);
  });

  it('lists every missing official, answer and evidence (422) and only warns about the survey quota', async () => {
    const empty = await call('POST', unitUrl(0, 'submit'), 'assessor');
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.code).toBe('UNIT_INCOMPLETE');
    const details = empty.json().error.details;
    expect(details.missingRoles.map((role: { role: string }) => role.role)).toEqual([
      'kepala-unit',
      'petugas-pelayanan',
      'ketua-tim-pengaduan',
      'petugas-pengaduan',
    ]);
    // Every non-survey indicator is unanswered; the Output (survey) indicators are left to the quota.
    expect(details.unansweredIndicators).toHaveLength(34);
    expect(
      details.unansweredIndicators.map((item: { indicatorCode: string }) => item.indicatorCode),
    ).not.toContain('OUT-01');
    expect(details.surveyQuota).toEqual({ responses: 0, target: 30, reached: false });

    await fill(0, {
      roles: ['kepala-unit', 'petugas-pelayanan', 'ketua-tim-pengaduan'],
      skipIndicators: ['INP-S03'],
      withoutEvidence: ['PRS-06'],
    });
    const partial = await call('POST', unitUrl(0, 'submit'), 'assessor');
    expect(partial.statusCode).toBe(422);
    const problems = partial.json().error.details;
    expect(problems.missingRoles).toEqual([
      {
        role: 'petugas-pengaduan',
        text: {
          id: 'Petugas pengaduan yang ditunjuk dengan SK',
          en: 'Complaint officer appointed by decree (SK)',
        },
        present: 0,
        required: 1,
      },
    ]);
    expect(problems.unansweredIndicators).toEqual([
      expect.objectContaining({
        indicatorCode: 'INP-S03',
        respondents: ['Asesor Ombudsman (observasi dan dokumen)'],
      }),
    ]);
    expect(problems.missingEvidence).toEqual([
      expect.objectContaining({
        indicatorCode: 'PRS-06',
        respondent: 'Asesor Ombudsman (observasi dan dokumen)',
      }),
    ]);
    expect(problems.messages.at(-1).en).toContain('does not block submission');
    // The message follows the caller's language.
    const english = await testApp.app.inject({
      method: 'POST',
      url: unitUrl(0, 'submit'),
      headers: { cookie: cookie.get('assessor') ?? '', 'accept-language': 'en' },
      payload: {},
    });
    expect(english.json().error.message).toBe(
      'The unit is incomplete: 3 things must be completed before it is submitted.',
    );
    const state = (await call('GET', unitUrl(0, 'workflow'), 'assessor')).json();
    expect(state.status).toBe('draft');
    expect(state.check.isComplete).toBe(false);
  });

  it('lets only staff with the right role and assignment submit', async () => {
    await fill(1, { surveyResponses: 12 });
    expect((await call('POST', unitUrl(1, 'submit'), 'verifier')).statusCode).toBe(403);
    expect((await call('POST', unitUrl(1, 'submit'), 'liaison')).statusCode).toBe(403);
    expect((await call('POST', unitUrl(1, 'submit'), 'otherAssessor')).statusCode).toBe(404);
    expect((await call('POST', unitUrl(1, 'submit'), 'otherCoordinator')).statusCode).toBe(404);
    const submitted = await call('POST', unitUrl(1, 'submit'), 'assessor');
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      check: { isComplete: true, surveyQuota: { responses: 12, target: 30, reached: false } },
      actions: { submit: { visible: true, enabled: false }, verify: { visible: false } },
    });
    const again = await call('POST', unitUrl(1, 'submit'), 'assessor');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');
  });

  it('returns a unit with notes, resolves them on the next submission, then verifies and reopens it', async () => {
    expect(
      (await call('POST', unitUrl(1, 'return'), 'assessor', { notes: [{ indicatorCode: null, note: 'x' }] }))
        .statusCode,
    ).toBe(403);
    expect((await call('POST', unitUrl(1, 'return'), 'verifier', { notes: [] })).statusCode).toBe(400);
    const unknown = await call('POST', unitUrl(1, 'return'), 'verifier', {
      notes: [{ indicatorCode: 'XYZ-99', note: 'tidak ada' }],
    });
    expect(unknown.statusCode).toBe(400);
    const verifierView = (await call('GET', unitUrl(1, 'workflow'), 'verifier')).json();
    expect(verifierView.actions).toMatchObject({
      submit: { visible: false },
      return: { visible: true, enabled: true },
      verify: { visible: true, enabled: true },
    });
    expect(verifierView.indicators.map((indicator: { code: string }) => indicator.code)).toContain('PRS-06');
    const returned = await call('POST', unitUrl(1, 'return'), 'verifier', {
      notes: [
        { indicatorCode: 'PRS-06', note: 'Foto maklumat pelayanan buram; unggah ulang.' },
        { indicatorCode: null, note: 'Periksa kembali nama responden.' },
      ],
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().status).toBe('returned');
    expect(returned.json().notes).toHaveLength(2);
    expect(
      returned.json().notes.every((note: { resolvedAt: string | null }) => note.resolvedAt === null),
    ).toBe(true);
    expect((await call('POST', unitUrl(1, 'verify'), 'verifier')).statusCode).toBe(409);

    const resubmitted = await call('POST', unitUrl(1, 'submit'), 'assessor');
    expect(resubmitted.statusCode).toBe(200);
    const notes = await testApp.database.db.select().from(reviewNotes);
    expect(notes).toHaveLength(2);
    expect(notes.every((note) => note.resolvedAt !== null)).toBe(true);

    expect((await call('POST', unitUrl(1, 'verify'), 'assessor')).statusCode).toBe(403);
    expect((await call('POST', unitUrl(1, 'verify'), 'verifier')).json().status).toBe('verified');
    expect((await call('POST', unitUrl(1, 'verify'), 'verifier')).statusCode).toBe(409);
    expect((await call('POST', unitUrl(1, 'reopen'), 'verifier')).json().status).toBe('submitted');
    expect((await call('POST', unitUrl(1, 'verify'), 'coordinator')).json().status).toBe('verified');
  });

  it('lets exactly one of two concurrent transitions win', async () => {
    await fill(2);
    const submits = await Promise.all([
      call('POST', unitUrl(2, 'submit'), 'assessor'),
      call('POST', unitUrl(2, 'submit'), 'coordinator'),
    ]);
    expect(submits.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const decisions = await Promise.all([
      call('POST', unitUrl(2, 'verify'), 'verifier'),
      call('POST', unitUrl(2, 'return'), 'coordinator', {
        notes: [{ indicatorCode: null, note: 'Kurang lengkap.' }],
      }),
    ]);
    expect(decisions.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const audited = await testApp.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceId, `2024/16.06/${unitIds[2]}`)));
    // One submission and one decision, never two.
    expect(audited.map((entry) => entry.action).sort()).toEqual(
      ['unit.submit', decisions[0]?.statusCode === 200 ? 'unit.verify' : 'unit.return'].sort(),
    );
  });

  it('approves the entity only when every unit is verified, and accepting locks the units', async () => {
    const early = await call('POST', '/api/cycles/2024/loci/16.06/approve', 'coordinator');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('terverifikasi');
    // Bring every unit to verified.
    for (let index = 0; index < unitIds.length; index += 1) {
      const state = (await call('GET', unitUrl(index, 'workflow'), 'verifier')).json();
      if (state.status === 'verified') continue;
      if (state.status === 'draft') {
        const locusUnitId = await findLocusUnitId(testApp.database.db, '16.06', unitIds[index] ?? '');
        await clearLocusUnit(testApp.database.db, locusUnitId);
        await fill(index);
      }
      if (state.status === 'draft' || state.status === 'returned') {
        const submitted = await call('POST', unitUrl(index, 'submit'), 'assessor');
        expect(submitted.statusCode, submitted.body).toBe(200);
      }
      expect((await call('POST', unitUrl(index, 'verify'), 'verifier')).statusCode).toBe(200);
    }
    const approvalView = (await call('GET', '/api/cycles/2024/loci/16.06/approval', 'coordinator')).json();
    expect(approvalView.actions).toMatchObject({
      approve: { visible: true, enabled: true },
      accept: { visible: false },
    });
    expect((await call('POST', '/api/cycles/2024/loci/16.06/approve', 'assessor')).statusCode).toBe(403);
    expect((await call('POST', '/api/cycles/2024/loci/16.06/approve', 'otherCoordinator')).statusCode).toBe(
      404,
    );
    expect((await call('POST', '/api/cycles/2024/loci/16.06/accept', 'admin')).statusCode).toBe(409);
    const approved = await call('POST', '/api/cycles/2024/loci/16.06/approve', 'coordinator');
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ approval: 'approved', approvedBy: expect.any(String) });
    expect((await call('POST', '/api/cycles/2024/loci/16.06/approve', 'coordinator')).statusCode).toBe(409);
    const reopen = await call('POST', unitUrl(1, 'reopen'), 'verifier');
    expect(reopen.statusCode).toBe(409);

    expect((await call('POST', '/api/cycles/2024/loci/16.06/accept', 'coordinator')).statusCode).toBe(403);
    const accepted = await call('POST', '/api/cycles/2024/loci/16.06/accept', 'admin');
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().approval).toBe('accepted');
    expect(accepted.json().units.every((unit: { status: string }) => unit.status === 'locked')).toBe(true);
    const rows = await testApp.database.db
      .select({ status: locusUnits.status })
      .from(locusUnits)
      .where(inArray(locusUnits.unitId, unitIds));
    expect(rows.map((row) => row.status)).toEqual(unitIds.map(() => 'locked'));
    expect((await call('POST', '/api/cycles/2024/loci/16.06/accept', 'admin')).statusCode).toBe(409);

    const entries = await testApp.database.db
      .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.resourceId, '2024/16.06'));
    expect(entries.map((entry) => entry.action).filter((action) => action.startsWith('locus.a'))).toEqual([
      'locus.approve',
      'locus.accept',
    ]);
    expect(entries.find((entry) => entry.action === 'locus.accept')?.after).toMatchObject({
      approval: 'accepted',
      lockedUnits: 6,
    });
  });

  it('refuses verification outside data collection and verification', async () => {
    await call('PATCH', '/api/cycles/2024', 'admin', { phases: phasesAround('objection-window') });
    const response = await call('POST', unitUrl(0, 'verify'), 'verifier');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('PHASE_CLOSED');
    const view = (await call('GET', unitUrl(0, 'workflow'), 'verifier')).json();
    expect(view.actions.verify).toMatchObject({
      visible: true,
      enabled: false,
      reason: { id: expect.any(String) },
    });
  });
});
