import type { PatuhApp } from '../app-types';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { findLiveSession, touchSession } from '../db/repositories/sessions.repository';
import type { RequestActor } from './request-actor';
import { hashSessionToken, sessionCookieName, sessionIdleMs, sessionMaxAgeMs } from './session-tokens';

/** Refresh `last_seen_at` at most this often, so reads do not each cost a write. */
const touchIntervalMs = 5 * 60 * 1000;

/** Resolves the session cookie to `request.actor`; an unknown, expired or tampered cookie leaves it unset. */
export function authenticateRequests(app: PatuhApp, db: Database, clock: Clock): void {
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[sessionCookieName];
    if (!token || token.length > 128) return;
    const tokenHash = hashSessionToken(token);
    const now = clock();
    const found = await findLiveSession(db, tokenHash, now);
    if (!found?.user.isActive) return;
    const { session, user } = found;
    if (now.getTime() - session.lastSeenAt.getTime() > touchIntervalMs) {
      const expiresAt = new Date(
        Math.min(now.getTime() + sessionIdleMs, session.createdAt.getTime() + sessionMaxAgeMs),
      );
      await touchSession(db, tokenHash, now, expiresAt);
    }
    const actor: RequestActor = {
      userId: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      provinceCodes: user.provinceCodes,
      entityCode: user.entityCode,
      sessionTokenHash: tokenHash,
      mustChangePassword: user.mustChangePassword,
    };
    request.actor = actor;
  });
}
