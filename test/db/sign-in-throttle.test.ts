import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordAttemptThrottle } from '../../src/server/auth/reserve-password-attempt';
import { recordLoginAttempt } from '../../src/server/db/repositories/login-attempts.repository';
import { loginAttempts } from '../../src/server/db/schema/login-attempts';
import { demoPassword } from '../../src/server/demo/demo-users';
import { DomainError } from '../../src/server/errors';
import { signIn } from '../../src/server/use-cases/sign-in';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

const t0 = new Date('2026-03-02T01:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

/** Finding 6 of issue #15: the sign-in throttle, atomic per account+address and per address. */
describe.each(testEngines())('sign-in throttle on $name', (engine) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
  });
  afterAll(() => testApp.close());

  /** The outcome of one sign-in through the use-case at an injected time: 'ok', an error code, or a wait. */
  const attempt = async (email: string, password: string, ip: string, now: Date) => {
    try {
      await signIn(
        testApp.database.db,
        { email, password, userAgent: null, context: { actor: undefined, requestId: null, ip } },
        now,
      );
      return 'ok';
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return error.code === 'TOO_MANY_ATTEMPTS' ? `wait ${error.retryAfterSeconds}` : error.code;
    }
  };

  it('checks at most 5 of 20 parallel wrong passwords for one account, and answers the rest 429', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        testApp.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: demoEmailByRole.liaison, password: `tebakan-${index}` },
          headers: { 'accept-language': index % 2 ? 'en' : 'id' },
          remoteAddress: '10.6.0.1',
        }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(
      passwordAttemptThrottle.freeFailuresPerAccountAddress,
    );
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    // Every checked password left exactly one attempt row; refused ones left none.
    const rows = await testApp.database.db
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.email, demoEmailByRole.liaison));
    expect(rows).toHaveLength(5);
    for (const refused of responses.filter((response) => response.statusCode === 429)) {
      const seconds = Number(refused.headers['retry-after']);
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(passwordAttemptThrottle.firstDelayMs / 1000);
      expect(refused.json().error.code).toBe('TOO_MANY_ATTEMPTS');
      expect(refused.json().error.message).toMatch(
        /^(Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam \d+ detik\.|Too many failed sign-in attempts\. Try again in \d+ seconds\.)$/,
      );
    }
    // The owner, at another address, is not locked out by those failures.
    const owner = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: demoEmailByRole.liaison, password: demoPassword },
      remoteAddress: '10.6.0.2',
    });
    expect(owner.statusCode).toBe(200);
  });

  it('does not lock the owner out: their own address signs in while the attacker’s waits', async () => {
    const owner = demoEmailByRole.verifier;
    for (let index = 0; index < 5; index += 1) {
      expect(await attempt(owner, `salah-${index}`, '203.0.113.66', at(index))).toBe('INVALID_CREDENTIALS');
    }
    expect(await attempt(owner, demoPassword, '203.0.113.66', at(10))).toBe('wait 54');
    expect(await attempt(owner, demoPassword, '198.51.100.7', at(10))).toBe('ok');
  });

  it('backs off, doubling per failure, and starts over after a success', async () => {
    const email = demoEmailByRole.assessor;
    const ip = '10.6.1.1';
    for (let index = 0; index < 5; index += 1) {
      expect(await attempt(email, `salah-${index}`, ip, at(index))).toBe('INVALID_CREDENTIALS');
    }
    expect(await attempt(email, 'salah-5', ip, at(34))).toBe('wait 30');
    expect(await attempt(email, 'salah-5', ip, at(64))).toBe('INVALID_CREDENTIALS');
    expect(await attempt(email, 'salah-6', ip, at(64 + 119))).toBe('wait 1');
    expect(await attempt(email, 'salah-6', ip, at(64 + 120))).toBe('INVALID_CREDENTIALS');
    expect(await attempt(email, 'salah-7', ip, at(184 + 200))).toBe('wait 40');
    expect(await attempt(email, demoPassword, ip, at(184 + 240))).toBe('ok');
    for (let index = 0; index < 5; index += 1) {
      expect(await attempt(email, `lagi-${index}`, ip, at(500 + index))).toBe('INVALID_CREDENTIALS');
    }
    expect(await attempt(email, demoPassword, ip, at(505))).toBe('wait 59');
    // Failures older than the window are forgotten.
    const afterWindow = 504 + passwordAttemptThrottle.accountAddressWindowMs / 1000 + 1;
    expect(await attempt(email, demoPassword, ip, at(afterWindow))).toBe('ok');
  });

  it('limits one address guessing across accounts, without touching those accounts elsewhere', async () => {
    const ip = '10.6.2.2';
    const limit = passwordAttemptThrottle.maxFailuresPerAddress;
    // Two real failures, then the rest recorded directly (each real one costs a password hash).
    for (let index = 0; index < limit; index += 1) {
      const email = `tidak-ada-${index}@patuh.test`;
      if (index < 2)
        expect(await attempt(email, 'tebakan', ip, at(2000 + index))).toBe('INVALID_CREDENTIALS');
      else
        await recordLoginAttempt(testApp.database.db, { email, ip, succeeded: false, at: at(2000 + index) });
    }
    const windowSeconds = passwordAttemptThrottle.addressWindowMs / 1000;
    expect(await attempt(demoEmailByRole.coordinator, demoPassword, ip, at(2000 + limit))).toBe(
      `wait ${windowSeconds - limit}`,
    );
    expect(await attempt(demoEmailByRole.coordinator, demoPassword, '10.6.2.3', at(2000 + limit))).toBe('ok');
    // When the oldest failure leaves the window, one more attempt is checked.
    expect(await attempt(demoEmailByRole.coordinator, demoPassword, ip, at(2000 + windowSeconds))).toBe('ok');
  });
});
