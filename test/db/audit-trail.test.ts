import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

describe.each(testEngines())('audit trail on $name', (engine) => {
  let testApp: TestApp;
  let admin: string;
  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
  });
  afterAll(() => testApp.close());

  it('records a mutation with actor, role, before/after, request id and IP, without the password hash', async () => {
    const created = await testApp.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: {
        email: 'tercatat@patuh.test',
        name: 'Tercatat',
        role: 'verifier',
        scope: { provinceCodes: ['16'] },
      },
    });
    const userId = created.json().user.id;
    const renamed = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/users/${userId}`,
      headers: { cookie: admin },
      payload: { name: 'Tercatat Baru' },
    });
    const audit = await testApp.app.inject({
      method: 'GET',
      url: `/api/audit?resourceType=user&resourceId=${userId}`,
      headers: { cookie: admin },
    });
    const [update, create] = audit.json().items;
    expect(create).toMatchObject({
      action: 'user.create',
      actorEmail: 'admin@patuh.test',
      actorRole: 'admin',
      provinceCode: '16',
    });
    expect(update).toMatchObject({
      action: 'user.update',
      requestId: renamed.headers['x-request-id'],
      ip: '127.0.0.1',
      before: expect.objectContaining({ name: 'Tercatat' }),
      after: expect.objectContaining({ name: 'Tercatat Baru' }),
    });
    expect(JSON.stringify(audit.json())).not.toMatch(/scrypt|password_?hash/i);
  });

  it('writes no audit entry when the change fails', async () => {
    const before = (
      await testApp.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: admin } })
    ).json().total;
    const duplicate = await testApp.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: {
        email: 'tercatat@patuh.test',
        name: 'Lagi',
        role: 'verifier',
        scope: { provinceCodes: ['16'] },
      },
    });
    expect(duplicate.statusCode).toBe(409);
    const after = (
      await testApp.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: admin } })
    ).json().total;
    expect(after).toBe(before);
  });

  it('is append-only at the database: UPDATE, DELETE and TRUNCATE fail', async () => {
    const { db } = testApp.database;
    for (const statement of [
      sql`update audit_log set action = 'forged'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
    ]) {
      const failure = await db.execute(statement).then(
        () => undefined,
        (error: Error) => `${error.message} ${(error.cause as Error | undefined)?.message ?? ''}`,
      );
      expect(failure).toMatch(/audit_log is append-only: (UPDATE|DELETE|TRUNCATE) is not allowed/);
    }
    const remaining = await db.execute(sql`select count(*)::int as n from audit_log where action = 'forged'`);
    expect((remaining as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
  });

  it('exports the filtered trail as CSV with a header and one line per entry', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/audit/export.csv?action=user.create',
      headers: { cookie: admin },
    });
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,at,actor_email,actor_role,action,resource_type,resource_id,province_code,before,after,request_id,ip,at_local',
    );
    expect(lines.length).toBe(2);
    expect(lines[1]).toContain('tercatat@patuh.test');
    // The readable time names its zone (no province: WIB) and uses the Indonesian time separator.
    expect(lines[1]).toMatch(/,"\d{1,2} \S+ \d{4}, \d{2}\.\d{2}\.\d{2} WIB"$/);
  });
});
