import { expect } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { createUser } from '../../src/server/use-cases/create-user';
import { buildTestApp, type TestApp } from './build-test-app';
import { phasesAround, planMubaLocus } from './cycle-factory';
import { demoEmailByRole, signInAs, signInReplacingOneTimePassword } from './sign-in';
import type { TestClock } from './test-clock';
import type { TestEngine } from './test-database';

type DemoRole = Exclude<keyof typeof demoEmailByRole, 'admin'>;

export interface QualitySample<Role extends DemoRole> {
  test: TestApp;
  /** Session cookies of the admin, the demo roles asked for, and `second` (Sumatera Selatan's second assessor). */
  cookie: Record<'admin' | Role | 'second', string>;
  unitIds: string[];
  drawn: { unitId: string; secondAssessor: { name: string } }[];
}

/**
 * A 2024 cycle with Muba's locus planned, a second assessor for province 16 (asesor.kedua@patuh.test), the
 * quality sample drawn (PATUH_QA_SAMPLE_PERCENT of the province's units) and data collection open.
 */
export async function drawQualitySample<Role extends DemoRole>(
  engine: TestEngine,
  clock: TestClock,
  options: { samplePercent: number; roles: readonly Role[] },
): Promise<QualitySample<Role>> {
  const test = await buildTestApp(engine, {
    withDemoUsers: true,
    clock: clock.now,
    environment: { PATUH_QA_SAMPLE_PERCENT: String(options.samplePercent) },
  });
  const { oneTimePassword } = await createUser(
    test.database.db,
    undefined,
    {
      email: 'asesor.kedua@patuh.test',
      name: 'Asesor Kedua',
      role: 'assessor',
      scope: { provinceCodes: ['16'], entityCode: null },
    },
    commandLineAuditContext,
  );
  const admin = await signInAs(test.app, demoEmailByRole.admin);
  const cookie = { admin } as Record<'admin' | Role | 'second', string>;
  for (const role of options.roles) cookie[role] = await signInAs(test.app, demoEmailByRole[role]);
  cookie.second = await signInReplacingOneTimePassword(test.app, 'asesor.kedua@patuh.test', oneTimePassword);
  const { unitIds } = await planMubaLocus(test.app, admin, clock.now());
  const sampled = await test.app.inject({
    method: 'POST',
    url: '/api/cycles/2024/quality/sample',
    headers: { cookie: admin },
    payload: { provinceCode: '16' },
  });
  expect(sampled.statusCode).toBe(200);
  const collecting = await test.app.inject({
    method: 'PATCH',
    url: '/api/cycles/2024',
    headers: { cookie: admin },
    payload: { phases: phasesAround('data-collection', clock.now()) },
  });
  expect(collecting.statusCode).toBe(200);
  return { test, cookie, unitIds, drawn: sampled.json().drawn };
}
