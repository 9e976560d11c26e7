import type { FastifyRequest } from 'fastify';
import type { PatuhApp } from '../app-types';
import { requireActor } from '../auth/enforce-route-access';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import {
  completeIdempotencyKey,
  deleteIdempotencyKeysBefore,
  type IdempotencyClaim,
  releaseIdempotencyKey,
} from '../db/repositories/idempotency-keys.repository';
import { DomainError } from '../errors';
import { claimIdempotencyKey, idempotencyKeyLifetimeMs } from './claim-idempotency-key';
import { fingerprintRequest, routeOf } from './fingerprint-request';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A field write the offline outbox may resend: honours the `Idempotency-Key` header. */
    idempotent?: boolean;
  }
}

export const idempotencyKeyHeader = 'idempotency-key';
export const idempotentReplayHeader = 'idempotent-replay';
/** 1–100 characters of [A-Za-z0-9_-]: a UUID or ULID fits, nothing that could smuggle markup or a newline. */
const keyPattern = /^[A-Za-z0-9_-]{1,100}$/;
/** Field-write answers are a few kilobytes; a larger one is not kept (the key is freed instead). */
export const maxStoredResponseBytes = 256 * 1024;
/** Expired keys are deleted on a write at most this often, so the table stays bounded without a timer. */
const pruneIntervalMs = 10 * 60 * 1000;

/** The key each running request holds, from its claim (preHandler) to its answer (onSend). */
const claims = new WeakMap<FastifyRequest, IdempotencyClaim>();

/**
 * One implementation for every field write route (`config.idempotent`), in two hooks registered where their
 * order matters (app.ts). This one, after access, validation and the malformed-request checks: claims the key,
 * or sends back the stored first answer with `Idempotent-Replay: true`.
 */
export function claimIdempotencyKeys(app: PatuhApp, db: Database, clock: Clock): void {
  let nextPruneAt = 0;

  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config.idempotent) return;
    const header = request.headers[idempotencyKeyHeader];
    if (header === undefined) return;
    if (typeof header !== 'string' || !keyPattern.test(header)) throw invalidKey();
    const actor = requireActor(request);
    const now = clock();
    if (now.getTime() >= nextPruneAt) {
      nextPruneAt = now.getTime() + pruneIntervalMs;
      await deleteIdempotencyKeysBefore(db, new Date(now.getTime() - idempotencyKeyLifetimeMs));
    }
    const claim: IdempotencyClaim = {
      userId: actor.userId,
      key: header,
      route: routeOf(request),
      requestHash: fingerprintRequest(request),
      createdAt: now,
    };
    const outcome = await claimIdempotencyKey(db, claim, now);
    if (outcome.kind === 'claimed') {
      claims.set(request, claim);
      return;
    }
    reply.code(outcome.status).header(idempotentReplayHeader, 'true');
    if (outcome.contentType) reply.header('content-type', outcome.contentType);
    return reply.send(outcome.status === 204 ? undefined : outcome.body);
  });
}

/**
 * Stores the answer a claimed request gives before it leaves: 2xx and 4xx are kept, a 5xx frees the key so a
 * resend runs again. Registered before compression, so it sees the answer as text, not a compressed stream.
 */
export function storeIdempotentAnswers(app: PatuhApp, db: Database): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const claim = claims.get(request);
    if (!claim) return payload;
    claims.delete(request);
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload : null;
    const isStorable =
      reply.statusCode < 500 &&
      (payload === undefined || payload === null || body !== null) &&
      (body?.length ?? 0) <= maxStoredResponseBytes;
    try {
      if (!isStorable) {
        await releaseIdempotencyKey(db, claim);
        return payload;
      }
      const contentType = reply.getHeader('content-type');
      await completeIdempotencyKey(db, claim, {
        status: reply.statusCode,
        contentType: typeof contentType === 'string' ? contentType : null,
        body: body === null ? '' : body.toString(),
      });
    } catch (error) {
      // The write itself succeeded; a resend then runs again once the pending lease ends.
      request.log.error({ err: error }, 'idempotency key not stored');
    }
    return payload;
  });
}

function invalidKey(): DomainError {
  return new DomainError('VALIDATION_FAILED', {
    id: 'Header Idempotency-Key harus 1–100 karakter huruf, angka, "-" atau "_".',
    en: 'The Idempotency-Key header must be 1–100 characters of letters, digits, "-" or "_".',
  });
}
