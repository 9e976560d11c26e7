import type { OutboxDatabase, OutboxEntry, OutboxFile } from './outbox-database';
import { backoffDelayMs, outcomeOfResponse, type SendOutcome } from './outbox-send-result';
import { sendOutboxUpload } from './send-outbox-upload';

export interface OutboxRunnerDependencies {
  db: OutboxDatabase;
  /** The account of the current session: only its own entries are sent. */
  userId: string;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  /** Accept-Language of the UI, so a refusal's message arrives ready to show. */
  language: () => string;
}

/**
 * idle: nothing left to send; waiting: the head entry failed and is retried at `retryAt`; signed-out: the
 * session ended (401), nothing more is sent until the user signs in again.
 */
export type DrainResult =
  | { status: 'idle'; sent: number }
  | { status: 'waiting'; sent: number; retryAt: number }
  | { status: 'signed-out'; sent: number };

/** How long a sent entry stays visible as "saved" before it is forgotten. */
const keepDoneMs = 10 * 60_000;
const localIdPattern = /local-[0-9a-f-]{36}/g;

/**
 * Sends the outbox in insertion order, one entry at a time. An entry that cannot be sent yet (no network,
 * 5xx) stops the queue until its backoff ends, so later edits never overtake earlier ones; a conflict or a
 * refusal is set aside for the user and the queue goes on with other records. Only the entries recorded by
 * `deps.userId` are sent.
 */
export async function drainOutbox(deps: OutboxRunnerDependencies): Promise<DrainResult> {
  const { db } = deps;
  await db.entries
    .where('state')
    .equals('done')
    .filter((entry) => (entry.doneAt ?? 0) < deps.now() - keepDoneMs)
    .delete();
  let sent = 0;
  for (;;) {
    // Another account's entries stay where they are: sending them would act under this user's session.
    const entries = (await db.entries.orderBy('seq').toArray()).filter(
      (entry) => entry.userId === deps.userId,
    );
    const blocked = new Set(
      entries
        .filter((entry) => entry.state === 'conflict' || entry.state === 'rejected')
        .map((entry) => entry.recordKey),
    );
    const next = entries.find(
      (entry) =>
        (entry.state === 'pending' || entry.state === 'failed' || entry.state === 'sending') &&
        !blocked.has(entry.recordKey),
    );
    if (!next || next.seq === undefined) return { status: 'idle', sent };
    if (next.state === 'failed' && next.nextAttemptAt > deps.now())
      return { status: 'waiting', sent, retryAt: next.nextAttemptAt };
    await db.entries.update(next.seq, { state: 'sending' });
    let outcome: SendOutcome;
    try {
      outcome = await sendEntry(next, deps);
    } catch (caught) {
      // fetch throws only when no answer came back: offline, DNS, connection cut.
      outcome = {
        kind: 'retry',
        message: caught instanceof Error ? caught.message : String(caught),
        retryAfterMs: null,
        reason: { code: 'network' },
      };
    }
    if (outcome.kind === 'signed-out') {
      await db.entries.update(next.seq, { state: 'pending' });
      return { status: 'signed-out', sent };
    }
    if (outcome.kind === 'retry') {
      const attempts = next.attempts + 1;
      const retryAt = deps.now() + (outcome.retryAfterMs ?? backoffDelayMs(attempts, deps.random));
      await db.entries.update(next.seq, {
        state: 'failed',
        attempts,
        nextAttemptAt: retryAt,
        lastError: outcome.message,
        lastReason: outcome.reason ?? null,
      });
      return { status: 'waiting', sent, retryAt };
    }
    if (outcome.kind === 'conflict') {
      await db.entries.update(next.seq, {
        state: 'conflict',
        attempts: next.attempts + 1,
        details: outcome.current,
        lastError: outcome.message,
        lastReason: outcome.reason ?? null,
      });
      continue;
    }
    if (outcome.kind === 'rejected') {
      await db.entries.update(next.seq, {
        state: 'rejected',
        attempts: next.attempts + 1,
        lastError: outcome.message,
        lastReason: outcome.reason ?? null,
      });
      continue;
    }
    await recordSuccess(next, outcome.body, deps);
    sent += 1;
  }
}

async function sendEntry(entry: OutboxEntry, deps: OutboxRunnerDependencies): Promise<SendOutcome> {
  const mappings = await deps.db.idMap.toArray();
  const serverIds = new Map(mappings.map((mapping) => [mapping.localId, mapping.serverId]));
  let unresolved = false;
  const resolve = (text: string) =>
    text.replace(localIdPattern, (localId) => {
      const serverId = serverIds.get(localId);
      if (!serverId) unresolved = true;
      return serverId ?? localId;
    });
  const url = resolve(entry.url);
  const body = entry.body === null ? null : (JSON.parse(resolve(JSON.stringify(entry.body))) as unknown);
  // The record it builds on was never created (its entry was refused): nothing sensible to send.
  if (unresolved)
    return {
      kind: 'rejected',
      message: 'depends on a record the server refused',
      reason: { code: 'dependsOnRefused' },
    };
  const headers = () => ({ accept: 'application/json', 'accept-language': deps.language() });
  if (entry.kind === 'evidence-upload') {
    const fields = Object.fromEntries(
      Object.entries(entry.file?.fields ?? {}).map(([name, value]) => [name, resolve(value)]),
    );
    return sendOutboxUpload(entry, url, fields, {
      fetch: deps.fetch,
      headers,
      saveFile: async (file: OutboxFile) => {
        if (entry.seq !== undefined) await deps.db.entries.update(entry.seq, { file });
      },
    });
  }
  const response = await deps.fetch(url, {
    method: entry.method,
    credentials: 'same-origin',
    headers: {
      ...headers(),
      'idempotency-key': entry.idempotencyKey,
      ...(body === null ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === null ? {} : { body: JSON.stringify(body) }),
  });
  return outcomeOfResponse(response);
}

/** Marks the entry done, remembers a created record's server id, and moves later edits onto the new version. */
async function recordSuccess(
  entry: OutboxEntry,
  result: unknown,
  deps: OutboxRunnerDependencies,
): Promise<void> {
  const { db } = deps;
  await db.transaction('rw', db.entries, db.idMap, async () => {
    if (entry.seq === undefined) return;
    await db.entries.update(entry.seq, {
      state: 'done',
      attempts: entry.attempts + 1,
      doneAt: deps.now(),
      details: result,
      lastError: null,
      lastReason: null,
      // The bytes are on the server now; keep the entry small.
      ...(entry.file ? { file: { ...entry.file, bytes: new ArrayBuffer(0) } } : {}),
    });
    const serverId = createdIdOf(entry, result);
    if (entry.localId && serverId) await db.idMap.put({ localId: entry.localId, serverId });
    const version = versionOf(entry, result);
    if (version === null) return;
    const followers = await db.entries.where('recordKey').equals(entry.recordKey).toArray();
    for (const follower of followers) {
      if (follower.seq === undefined || follower.seq <= entry.seq || follower.userId !== entry.userId)
        continue;
      if (follower.state !== 'pending' && follower.state !== 'failed') continue;
      // Only never-sent entries change body: a resent body must stay identical to keep its idempotency key valid.
      if (follower.attempts > 0) continue;
      await db.entries.update(follower.seq, {
        url: follower.url.replace(/expectedVersion=\d+/, `expectedVersion=${version}`),
        body:
          follower.body && 'expectedVersion' in follower.body
            ? { ...follower.body, expectedVersion: version }
            : follower.body,
      });
    }
  });
}

function createdIdOf(entry: OutboxEntry, result: unknown): string | null {
  const record = result as { id?: unknown; respondent?: { id?: unknown } } | null;
  const id = entry.kind === 'respondent-create' ? record?.respondent?.id : record?.id;
  return typeof id === 'string' ? id : null;
}

function versionOf(entry: OutboxEntry, result: unknown): number | null {
  const record = result as { version?: unknown; respondent?: { version?: unknown } } | null;
  const version = entry.kind.startsWith('respondent') ? record?.respondent?.version : record?.version;
  return typeof version === 'number' ? version : null;
}
