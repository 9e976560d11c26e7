import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { verifyPassword } from '../../src/server/auth/password-hashing';
import { openDatabase } from '../../src/server/db/open-database';
import { findUserByEmail } from '../../src/server/db/repositories/users.repository';
import { auditLog } from '../../src/server/db/schema/audit-log';
import { passwordResetTokens } from '../../src/server/db/schema/notices-and-recovery';
import { createUser } from '../../src/server/use-cases/create-user';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { type SmtpInbox, startSmtpInbox } from '../helpers/smtp-inbox';
import { spawnCli } from '../helpers/spawn-cli';
import { createTestClock, lateUtcInstant } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

const clock = createTestClock(lateUtcInstant);
const newPassword = 'Sungai Musi mengalir 2026';
const tokenOf = (text: string) => /atur-ulang-sandi\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';

/** Issue #20: "lupa kata sandi" by e-mail (real SMTP server), one-time passwords by staff and by the CLI. */
describe.each(testEngines())('account recovery on $name', (engine) => {
  let testApp: TestApp;
  let inbox: SmtpInbox;
  const post = (url: string, payload: object, cookie = '') =>
    testApp.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
  const mailsTo = (email: string) => inbox.messages.filter((message) => message.to === email);
  const auditsOf = (action: string) =>
    testApp.database.db.select().from(auditLog).where(eq(auditLog.action, action));

  beforeAll(async () => {
    clock.set(lateUtcInstant);
    inbox = await startSmtpInbox();
    testApp = await buildTestApp(engine, {
      withDemoUsers: true,
      clock: clock.now,
      environment: { PATUH_SMTP_URL: inbox.url, PATUH_PUBLIC_URL: 'https://patuh.example' },
    });
  });
  afterAll(async () => {
    await testApp.close();
    await inbox.close();
  });

  it('e-mails a single-use link (stored hashed) that sets a new password and ends every session', async () => {
    const email = demoEmailByRole.assessor;
    const oldSession = await signInAs(testApp.app, email);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/auth/password-reset' })).json()).toEqual({
      available: true,
    });
    const asked = await post('/api/auth/password-reset/request', { email: email.toUpperCase() });
    expect(asked.statusCode).toBe(202);
    const [mail] = await inbox.waitFor(1).then(() => mailsTo(email));
    expect(mail?.subject).toBe('Patuh: atur ulang kata sandi');
    expect(mail?.text).toContain('https://patuh.example/atur-ulang-sandi?token=');
    const token = tokenOf(mail?.text ?? '');
    const stored = await testApp.database.db.select().from(passwordResetTokens);
    expect(stored.map((row) => row.tokenHash)).toEqual([createHash('sha256').update(token).digest('hex')]);
    expect(stored[0]?.expiresAt.getTime()).toBe(clock.now().getTime() + 30 * 60_000);

    // A weak password is refused and leaves the link usable.
    const weak = await post('/api/auth/password-reset/complete', { token, newPassword: 'password1234' });
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');
    const done = await post('/api/auth/password-reset/complete', { token, newPassword });
    expect(done.statusCode, done.body).toBe(200);
    const again = await post('/api/auth/password-reset/complete', { token, newPassword: `${newPassword}!` });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('RESET_TOKEN_INVALID');
    const me = await testApp.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: oldSession },
    });
    expect(me.statusCode).toBe(401);
    expect(await signInAs(testApp.app, email, newPassword)).toContain('patuh_session=');
    expect((await auditsOf('auth.password-reset')).map((row) => row.resourceId)).toHaveLength(1);
  });

  it('answers an unknown address exactly like a known one and sends nothing', async () => {
    const before = inbox.messages.length;
    const unknown = await post('/api/auth/password-reset/request', { email: 'tidak.ada@patuh.test' });
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(JSON.stringify({ ok: true }));
    expect(inbox.messages.length).toBe(before);
    const audits = await auditsOf('auth.password-reset-request');
    expect(audits.map((row) => (row.after as { outcome: string }).outcome)).toEqual(['sent', 'no-account']);
  });

  it('lets a link expire after 30 minutes and sends at most three an hour per account', async () => {
    const email = demoEmailByRole.verifier;
    // From four addresses, so the per-address limit (5 a minute) is not what stops the fourth.
    for (let index = 0; index < 4; index += 1) {
      const asked = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/request',
        payload: { email },
        remoteAddress: `127.0.9.${index + 1}`,
      });
      expect(asked.statusCode).toBe(202);
    }
    while (mailsTo(email).length < 3) await new Promise((resolve) => setTimeout(resolve, 50));
    const mails = mailsTo(email);
    // Mail goes out after the answer: give the last one a moment, then count.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(email)).toHaveLength(3);
    clock.advance(30 * 60_000);
    const late = await post('/api/auth/password-reset/complete', {
      token: tokenOf(mails[0]?.text ?? ''),
      newPassword,
    });
    expect(late.json().error.code).toBe('RESET_TOKEN_INVALID');
    clock.set(lateUtcInstant);
  });

  it('lets a coordinator issue a one-time password in their provinces only, never an assessor', async () => {
    const coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    const liaison = await findUserByEmail(testApp.database.db, demoEmailByRole.liaison);
    const issued = await post(`/api/users/${liaison?.id}/reset-password`, {}, coordinator);
    expect(issued.statusCode, issued.body).toBe(200);
    const { oneTimePassword } = issued.json();
    const session = await signInAs(testApp.app, demoEmailByRole.liaison, oneTimePassword);
    const me = await testApp.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session } });
    expect(me.json().mustChangePassword).toBe(true);
    const { user: papua } = await createUser(
      testApp.database.db,
      undefined,
      {
        email: 'asesor.papua@patuh.test',
        name: 'Asesor Papua',
        role: 'assessor',
        scope: { provinceCodes: ['91'], entityCode: null },
      },
      commandLineAuditContext,
    );
    expect((await post(`/api/users/${papua.id}/reset-password`, {}, coordinator)).statusCode).toBe(404);
    const assessor = await signInAs(testApp.app, demoEmailByRole.assessor, newPassword);
    expect((await post(`/api/users/${papua.id}/reset-password`, {}, assessor)).statusCode).toBe(403);
    expect(await auditsOf('user.reset-password')).toHaveLength(1);
  });
});

describe('account recovery without SMTP', () => {
  it('offers no e-mail link and says so', async () => {
    const [engine] = testEngines();
    if (!engine) throw new Error('no engine');
    const testApp = await buildTestApp(engine, { withDemoUsers: true });
    try {
      const available = await testApp.app.inject({ method: 'GET', url: '/api/auth/password-reset' });
      expect(available.json()).toEqual({ available: false });
      const asked = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/request',
        payload: { email: demoEmailByRole.assessor },
      });
      expect(asked.statusCode).toBe(409);
      expect(asked.json().error.code).toBe('MAIL_NOT_CONFIGURED');
    } finally {
      await testApp.close();
    }
  });
});

describe('patuh user reset-password', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-reset-cli-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('prints a one-time password that must be changed at the next sign-in', async () => {
    const email = demoEmailByRole.assessor;
    const created = spawnCli(['user', 'create', '--email', email, '--role', 'assessor', '--province', '16'], {
      PATUH_DATA_DIR: dataDir,
    });
    expect(await created.exited).toBe(0);
    const reset = spawnCli(['user', 'reset-password', '--email', email], { PATUH_DATA_DIR: dataDir });
    expect(await reset.exited).toBe(0);
    const oneTimePassword = /one-time password: (\S+)/.exec(reset.output())?.[1] ?? '';
    expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{16}$/);
    const unknown = spawnCli(['user', 'reset-password', '--email', 'tidak.ada@patuh.test'], {
      PATUH_DATA_DIR: dataDir,
    });
    expect(await unknown.exited).toBe(1);
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const user = await findUserByEmail(database.db, email);
      expect(user?.mustChangePassword).toBe(true);
      expect(await verifyPassword(oneTimePassword, user?.passwordHash ?? '')).toBe(true);
      const audits = await database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'user.reset-password'));
      expect(audits).toHaveLength(1);
    } finally {
      await database.close();
    }
  }, 120_000);
});
