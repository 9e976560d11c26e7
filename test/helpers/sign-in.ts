import type { PatuhApp } from '../../src/server/app-types';
import { demoPassword } from '../../src/server/demo/demo-users';

/** Demo accounts by role, as seeded by seedDemoUsers (Sumatera Selatan staff, Muba's liaison). */
export const demoEmailByRole = {
  admin: 'admin@patuh.test',
  coordinator: 'koordinator.sumsel@patuh.test',
  assessor: 'asesor.sumsel@patuh.test',
  verifier: 'verifikator.sumsel@patuh.test',
  liaison: 'penghubung.muba@patuh.test',
} as const;

let signInCount = 0;

/**
 * Signs in through the real route and returns the Cookie header to send with later requests. Each call
 * comes from its own loopback address, so test suites do not trip the per-IP sign-in rate limit.
 */
export async function signInAs(
  app: PatuhApp,
  email: string,
  password: string = demoPassword,
): Promise<string> {
  signInCount += 1;
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
    remoteAddress: `127.0.${Math.floor(signInCount / 250) % 250}.${(signInCount % 250) + 1}`,
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((candidate) => candidate.name === 'patuh_session');
  if (!cookie) throw new Error('sign-in set no session cookie');
  return `patuh_session=${cookie.value}`;
}

/** The password a test account chooses when it replaces its one-time password. */
export const replacedTestPassword = 'Sungai Musi 2026 pagi';

/**
 * Signs in with a one-time password and replaces it, as the server requires before anything else; returns
 * the Cookie header of the session, which stays valid after the change.
 */
export async function signInReplacingOneTimePassword(
  app: PatuhApp,
  email: string,
  oneTimePassword: string,
): Promise<string> {
  const cookie = await signInAs(app, email, oneTimePassword);
  const response = await app.inject({
    method: 'POST',
    url: '/api/account/password',
    headers: { cookie },
    payload: { currentPassword: oneTimePassword, newPassword: replacedTestPassword },
    remoteAddress: `127.1.${Math.floor(signInCount / 250) % 250}.${(signInCount % 250) + 1}`,
  });
  if (response.statusCode !== 200)
    throw new Error(`password change of ${email} failed: ${response.statusCode} ${response.body}`);
  return cookie;
}
