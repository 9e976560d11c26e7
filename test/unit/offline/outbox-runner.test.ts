import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { enqueueOutboxEntry, newLocalId } from '../../../src/web/features/offline/enqueue-outbox-entry';
import { type OutboxDatabase, openOutboxDatabase } from '../../../src/web/features/offline/outbox-database';
import { drainOutbox } from '../../../src/web/features/offline/outbox-runner';
import { FakeFieldServer } from './fake-field-server';

const unitKey = '2026/16.06/unit';
const base = '/api/cycles/2026/loci/16.06/units/00000000-0000-4000-8000-00000000aaaa';
const userA = '00000000-0000-4000-8000-0000000000a1';
const userB = '00000000-0000-4000-8000-0000000000b2';
let db: OutboxDatabase | undefined;

function setUp() {
  db = openOutboxDatabase('outbox-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  const server = new FakeFieldServer();
  let clock = 1_000_000;
  const deps = {
    db,
    userId: userA,
    fetch: server.fetch,
    now: () => clock,
    random: () => 0.5,
    language: () => 'id',
  };
  return { db, server, deps, advance: (ms: number) => (clock += ms), now: () => clock };
}

afterEach(async () => {
  await db?.delete();
});

function answer(
  respondentId: string | null,
  indicatorCode: string,
  level: number,
  expectedVersion = 0,
  userId = userA,
) {
  return {
    userId,
    unitKey,
    kind: 'answer' as const,
    method: 'PUT' as const,
    url: `${base}/answers`,
    body: { respondentId, indicatorCode, level, note: '', expectedVersion },
    recordKey: `answer:${respondentId ?? 'unit'}:${indicatorCode}`,
  };
}

function respondent(localId: string, name: string, userId = userA) {
  return {
    userId,
    unitKey,
    kind: 'respondent-create' as const,
    method: 'POST' as const,
    url: `${base}/respondents`,
    body: { roleCode: 'kepala', name },
    recordKey: `respondent:${localId}`,
    localId,
  };
}

describe('outbox', () => {
  it('sends in the order written and gives later entries the server id of a respondent made offline', async () => {
    const { db, server, deps, now } = setUp();
    const localId = newLocalId();
    await enqueueOutboxEntry(db, respondent(localId, 'Ibu Kepala'), now());
    await enqueueOutboxEntry(db, answer(localId, 'P1', 3), now());
    await enqueueOutboxEntry(db, answer(null, 'O1', 2), now());
    const result = await drainOutbox(deps);
    expect(result).toEqual({ status: 'idle', sent: 3 });
    expect(server.log.map((request) => `${request.method} ${request.url.replace(base, '')}`)).toEqual([
      'POST /respondents',
      'PUT /answers',
      'PUT /answers',
    ]);
    const [serverId] = [...server.respondents.keys()];
    expect(server.log[1]?.body).toMatchObject({ respondentId: serverId, indicatorCode: 'P1' });
    expect(server.answers.get(`${serverId}:P1`)?.level).toBe(3);
    expect(await db.entries.where('state').notEqual('done').count()).toBe(0);
  });

  it('folds edits of an answer that was never sent into one entry', async () => {
    const { db, server, deps, now } = setUp();
    await enqueueOutboxEntry(db, answer(null, 'O1', 1), now());
    await enqueueOutboxEntry(db, answer(null, 'O1', 4), now());
    expect(await db.entries.count()).toBe(1);
    await drainOutbox(deps);
    expect(server.log).toHaveLength(1);
    expect(server.answers.get('null:O1')).toMatchObject({ level: 4, version: 1 });
  });

  it('stops at a failed entry, backs off, and resends it later with the same idempotency key', async () => {
    const { db, server, deps, advance, now } = setUp();
    await enqueueOutboxEntry(db, answer(null, 'O1', 1), now());
    await enqueueOutboxEntry(db, answer(null, 'O2', 2), now());
    server.failNext.push('offline');
    const first = await drainOutbox(deps);
    // 1 s for the first retry, plus a tenth for random() = 0.5.
    expect(first).toEqual({ status: 'waiting', sent: 0, retryAt: now() + 1100 });
    expect(server.log).toHaveLength(1);
    expect(await drainOutbox(deps)).toMatchObject({ status: 'waiting', sent: 0 });
    expect(server.log).toHaveLength(1);
    server.failNext.push(503);
    advance(1100);
    const second = await drainOutbox(deps);
    expect(second).toEqual({ status: 'waiting', sent: 0, retryAt: now() + 2200 });
    advance(2200);
    expect(await drainOutbox(deps)).toEqual({ status: 'idle', sent: 2 });
    const keys = server.log.filter(
      (request) => (request.body as { indicatorCode: string }).indicatorCode === 'O1',
    );
    expect(keys).toHaveLength(3);
    expect(new Set(keys.map((request) => request.idempotencyKey)).size).toBe(1);
  });

  it('never duplicates a record when the reply to a write was lost: the resend is answered from the first', async () => {
    const { db, server, deps, advance, now } = setUp();
    const localId = newLocalId();
    await enqueueOutboxEntry(db, respondent(localId, 'Pak Petugas'), now());
    server.failNext.push('lost-reply');
    expect(await drainOutbox(deps)).toMatchObject({ status: 'waiting' });
    expect(server.respondents.size).toBe(1);
    advance(60_000);
    expect(await drainOutbox(deps)).toEqual({ status: 'idle', sent: 1 });
    expect(server.respondents.size).toBe(1);
    expect(server.log[0]?.idempotencyKey).toBe(server.log[1]?.idempotencyKey);
    const mapping = await db.idMap.get(localId);
    expect(mapping?.serverId).toBe([...server.respondents.keys()][0]);
  });

  it('moves a later edit of the same answer onto the version the earlier one created', async () => {
    const { db, server, deps, now } = setUp();
    await enqueueOutboxEntry(db, answer(null, 'O1', 1), now());
    server.failNext.push('offline');
    await drainOutbox(deps);
    // The first entry has been tried, so the next edit becomes its own entry.
    await enqueueOutboxEntry(db, answer(null, 'O1', 4), now());
    expect(await db.entries.count()).toBe(2);
    await db.entries.toCollection().modify({ nextAttemptAt: 0 });
    expect(await drainOutbox(deps)).toEqual({ status: 'idle', sent: 2 });
    expect(server.log.at(-1)?.body).toMatchObject({ level: 4, expectedVersion: 1 });
    expect(server.answers.get('null:O1')).toMatchObject({ level: 4, version: 2 });
  });

  it('keeps a conflict for the user with the server value, holds later edits of that answer and sends the rest', async () => {
    const { db, server, deps, now } = setUp();
    server.answers.set('null:O1', { level: 2, note: 'theirs', version: 1 });
    await enqueueOutboxEntry(db, answer(null, 'O1', 4), now());
    server.failNext.push('offline');
    await drainOutbox(deps);
    await enqueueOutboxEntry(db, answer(null, 'O1', 5), now());
    await enqueueOutboxEntry(db, answer(null, 'O2', 1), now());
    await db.entries.toCollection().modify({ nextAttemptAt: 0 });
    expect(await drainOutbox(deps)).toEqual({ status: 'idle', sent: 1 });
    const entries = await db.entries.orderBy('seq').toArray();
    expect(entries.map((entry) => entry.state)).toEqual(['conflict', 'pending', 'done']);
    expect(entries[0]?.details).toEqual({ level: 2, note: 'theirs', version: 1 });
    expect(server.answers.get('null:O1')).toMatchObject({ level: 2, note: 'theirs' });
  });

  it("never sends another account's entries: they stay untouched, unfolded and unsent", async () => {
    const { db, server, deps, now } = setUp();
    const theirRespondent = newLocalId();
    await enqueueOutboxEntry(db, respondent(theirRespondent, 'Ibu B', userB), now());
    await enqueueOutboxEntry(db, answer(null, 'O1', 1, 0, userB), now());
    // Same record, next account: a new entry of its own, not folded into B's.
    await enqueueOutboxEntry(db, answer(null, 'O1', 4, 0, userA), now());
    expect(await drainOutbox(deps)).toEqual({ status: 'idle', sent: 1 });
    expect(server.log).toHaveLength(1);
    expect(server.log[0]?.body).toMatchObject({ indicatorCode: 'O1', level: 4 });
    expect(server.respondents.size).toBe(0);
    const theirs = await db.entries.where('userId').equals(userB).sortBy('seq');
    expect(theirs.map((entry) => [entry.kind, entry.state, entry.attempts])).toEqual([
      ['respondent-create', 'pending', 0],
      ['answer', 'pending', 0],
    ]);
    expect(theirs[1]?.body).toMatchObject({ level: 1 });
    // B signs in again on this phone: B's entries go out with B's session; B's answer meets A's newer one.
    expect(await drainOutbox({ ...deps, userId: userB })).toEqual({ status: 'idle', sent: 1 });
    expect(server.log.map((request) => request.method)).toEqual(['PUT', 'POST', 'PUT']);
    expect(
      (await db.entries.where('userId').equals(userB).sortBy('seq')).map((entry) => entry.state),
    ).toEqual(['done', 'conflict']);
  });

  it('sends nothing that was queued before entries carried their account', async () => {
    const { db, server, deps, now } = setUp();
    await enqueueOutboxEntry(db, answer(null, 'O1', 1, 0, ''), now());
    expect(await drainOutbox(deps)).toEqual({ status: 'idle', sent: 0 });
    expect(server.log).toHaveLength(0);
  });

  it('pauses on 401 without losing the entry and resumes after signing in again', async () => {
    const { db, server, deps, now } = setUp();
    await enqueueOutboxEntry(db, answer(null, 'O1', 1), now());
    await enqueueOutboxEntry(db, answer(null, 'O2', 2), now());
    server.failNext.push(401);
    expect(await drainOutbox(deps)).toEqual({ status: 'signed-out', sent: 0 });
    expect(server.log).toHaveLength(1);
    expect((await db.entries.orderBy('seq').toArray()).map((entry) => entry.state)).toEqual([
      'pending',
      'pending',
    ]);
    expect(await drainOutbox(deps)).toEqual({ status: 'idle', sent: 2 });
    expect(server.log[0]?.idempotencyKey).toBe(server.log[1]?.idempotencyKey);
  });

  it('resumes an interrupted upload from what the server already holds, then attaches it once', async () => {
    const { db, server, deps, advance, now } = setUp();
    const bytes = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await enqueueOutboxEntry(
      db,
      {
        userId: userA,
        unitKey,
        kind: 'evidence-upload',
        method: 'POST',
        url: `${base}/evidence`,
        body: null,
        recordKey: 'evidence:1',
        file: {
          bytes: bytes.buffer,
          fileName: 'foto.jpg',
          contentType: 'image/jpeg',
          sha256: 'a'.repeat(64),
          uploadId: null,
          receivedBytes: 0,
          fields: { indicatorCode: 'O1' },
        },
      },
      now(),
    );
    // create, first chunk, then the second chunk is cut off.
    server.failNext.push('ok', 'ok', 'offline');
    expect(await drainOutbox(deps)).toMatchObject({ status: 'waiting' });
    const [uploadId] = [...server.uploads.keys()];
    expect(server.uploads.get(uploadId ?? '')?.bytes).toEqual([1, 2, 3, 4]);
    advance(60_000);
    expect(await drainOutbox(deps)).toEqual({ status: 'idle', sent: 1 });
    const puts = server.log.filter((request) => request.method === 'PUT').map((request) => request.url);
    expect(puts).toEqual([
      `/api/uploads/${uploadId}?offset=0`,
      `/api/uploads/${uploadId}?offset=4`,
      `/api/uploads/${uploadId}?offset=4`,
    ]);
    // The resumed PUT starts where the server was, not at 0.
    expect(server.log.filter((request) => request.method === 'PUT').at(-1)?.body).toEqual([
      5, 6, 7, 8, 9, 10,
    ]);
    expect(server.log.filter((request) => request.url === '/api/uploads')).toHaveLength(1);
    expect(server.uploads.get(uploadId ?? '')?.bytes).toEqual([...bytes]);
    expect(server.evidence).toHaveLength(1);
    expect(server.log.at(-1)?.body).toMatchObject({ indicatorCode: 'O1', uploadId });
  });
});
