import { gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerEvidence,
  answers,
  auditLog,
  complaintRecords,
  idempotencyKeys,
  respondents,
  resumableUploads,
} from '../../src/server/db/schema';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus, tinyPdf } from '../helpers/cycle-factory';
import { multipartBody } from '../helpers/multipart-body';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

type Who = 'admin' | 'assessor' | 'coordinator';
type Method = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface FieldWrite {
  method: Method;
  url: string;
  payload?: object | Buffer;
  contentType?: string;
}

const dayMs = 24 * 60 * 60 * 1000;

type CountedTable =
  | typeof respondents
  | typeof answers
  | typeof answerEvidence
  | typeof complaintRecords
  | typeof resumableUploads
  | typeof auditLog;

/**
 * Issue #18: every field write route honours `Idempotency-Key`, so the offline outbox can resend without a
 * duplicate. Each route: the resend answers the first result (same status and body, `Idempotent-Replay`), and
 * nothing more is written (its own table and the audit trail keep their row counts).
 */
describe.each(testEngines())('idempotent field writes on $name', (engine) => {
  const clock = createTestClock();
  let testApp: TestApp;
  const cookie: Record<Who, string> = { admin: '', assessor: '', coordinator: '' };
  let unit = '';
  let keyNumber = 0;
  const newKey = () => {
    keyNumber += 1;
    return `kunci-${engine.name}-${keyNumber}`;
  };

  const send = (write: FieldWrite, key: string | undefined, who: Who = 'assessor') =>
    testApp.app.inject({
      method: write.method,
      url: write.url,
      headers: {
        cookie: cookie[who],
        ...(key === undefined ? {} : { 'idempotency-key': key }),
        ...(write.contentType ? { 'content-type': write.contentType } : {}),
      },
      ...(write.payload ? { payload: write.payload } : {}),
    });
  const rowCount = (table: CountedTable) => testApp.database.db.$count(table);

  /** Sends once and again with the same key; the second must be the first's answer, with nothing written. */
  const expectReplayed = async (
    write: FieldWrite | (() => FieldWrite),
    table: CountedTable,
  ): Promise<LightMyRequestResponse> => {
    const key = newKey();
    const first = await send(typeof write === 'function' ? write() : write, key);
    expect(first.statusCode, first.body).toBeLessThan(300);
    expect(first.headers['idempotent-replay']).toBeUndefined();
    const rowsAfterFirst = await rowCount(table);
    const auditAfterFirst = await rowCount(auditLog);
    // A multipart resend draws a new boundary, as a browser does: the same form still matches.
    const again = await send(typeof write === 'function' ? write() : write, key);
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replay']).toBe('true');
    expect(await rowCount(table)).toBe(rowsAfterFirst);
    expect(await rowCount(auditLog)).toBe(auditAfterFirst);
    return first;
  };

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true, clock: clock.now });
    for (const role of Object.keys(cookie) as Who[])
      cookie[role] = await signInAs(testApp.app, demoEmailByRole[role]);
    const { unitIds } = await planMubaLocus(testApp.app, cookie.admin, clock.now());
    unit = `/api/cycles/2024/loci/16.06/units/${unitIds[0]}`;
    const opened = await testApp.app.inject({
      method: 'PATCH',
      url: '/api/cycles/2024',
      headers: { cookie: cookie.admin },
      payload: { phases: phasesAround('data-collection', clock.now()) },
    });
    expect(opened.statusCode).toBe(200);
  });
  afterAll(() => testApp.close());

  const head = { roleCode: 'kepala-unit', name: 'Drs. Hendra Wijaya', employment: 'asn' };
  const complaint = {
    channel: 'sp4n-lapor',
    receivedAt: '2024-03-04T09:00:00+07:00',
    firstResponseAt: '2024-03-05T09:00:00+07:00',
    outcome: 'in-progress',
  };
  const evidenceForm = () => {
    const form = multipartBody({ indicatorCode: 'PRS-01' }, [
      { field: 'file', fileName: 'maklumat.pdf', bytes: tinyPdf },
    ]);
    return { payload: form.payload, contentType: form.contentType };
  };

  it('replays every field write route: respondents, answers, evidence (upload, reuse), complaints, uploads', async () => {
    const created = await expectReplayed(
      { method: 'POST', url: `${unit}/respondents`, payload: head },
      respondents,
    );
    expect(created.statusCode).toBe(201);
    const headId: string = created.json().respondent.id;
    expect(await rowCount(respondents)).toBe(1);

    // Executed twice, the edit would meet its own new version (409) and the delete an absent row (404).
    await expectReplayed(
      {
        method: 'PATCH',
        url: `${unit}/respondents/${headId}`,
        payload: { name: 'Hendra Wijaya', employment: 'asn', expectedVersion: 1 },
      },
      respondents,
    );
    const answer = await expectReplayed(
      {
        method: 'PUT',
        url: `${unit}/answers`,
        payload: {
          respondentId: headId,
          indicatorCode: 'INP-K01',
          level: 2,
          note: 'SOP terpasang',
          expectedVersion: 0,
        },
      },
      answers,
    );
    expect(answer.json()).toMatchObject({ level: 2, version: 1 });
    // The note alone, as the autosave sends it.
    await expectReplayed(
      {
        method: 'PUT',
        url: `${unit}/answers`,
        payload: {
          respondentId: headId,
          indicatorCode: 'INP-K01',
          level: 2,
          note: 'SOP di loket',
          expectedVersion: 1,
        },
      },
      answers,
    );

    const evidence = await expectReplayed(
      () => ({ method: 'POST', url: `${unit}/evidence`, ...evidenceForm() }),
      answerEvidence,
    );
    expect(evidence.statusCode).toBe(201);
    const reused = await expectReplayed(
      {
        method: 'POST',
        url: `${unit}/evidence/reuse`,
        payload: { fromEvidenceId: evidence.json().id, indicatorCode: 'PRS-02' },
      },
      answerEvidence,
    );
    expect(reused.statusCode).toBe(201);
    await expectReplayed({ method: 'DELETE', url: `${unit}/evidence/${reused.json().id}` }, answerEvidence);
    await expectReplayed({ method: 'DELETE', url: `${unit}/evidence/${evidence.json().id}` }, answerEvidence);
    expect(await rowCount(answerEvidence)).toBe(0);

    const record = await expectReplayed(
      { method: 'POST', url: `${unit}/complaints`, payload: complaint },
      complaintRecords,
    );
    const recordId: string = record.json().id;
    await expectReplayed(
      {
        method: 'PATCH',
        url: `${unit}/complaints/${recordId}`,
        payload: { ...complaint, summary: 'Bantuan sosial terlambat', expectedVersion: 1 },
      },
      complaintRecords,
    );
    await expectReplayed(
      { method: 'DELETE', url: `${unit}/complaints/${recordId}?expectedVersion=2` },
      complaintRecords,
    );
    expect(await rowCount(complaintRecords)).toBe(0);

    await expectReplayed(
      {
        method: 'POST',
        url: '/api/uploads',
        payload: { fileName: 'foto.jpg', contentType: 'image/jpeg', sizeBytes: 10, sha256: 'a'.repeat(64) },
      },
      resumableUploads,
    );

    const removed = await expectReplayed(
      { method: 'DELETE', url: `${unit}/respondents/${headId}` },
      respondents,
    );
    expect(removed.json()).toMatchObject({ respondents: [] });
    expect(await rowCount(respondents)).toBe(0);
  });

  it('refuses the same key with another body or on another route (422), in either language', async () => {
    const key = newKey();
    const first = await send({ method: 'POST', url: `${unit}/complaints`, payload: complaint }, key);
    expect(first.statusCode).toBe(201);
    const otherBody = await send(
      { method: 'POST', url: `${unit}/complaints`, payload: { ...complaint, summary: 'lain' } },
      key,
    );
    expect(otherBody.statusCode).toBe(422);
    expect(otherBody.json().error.code).toBe('idempotency-key-reused');
    expect(otherBody.json().error.message).toContain('Kunci idempoten ini sudah dipakai');
    const otherRoute = await testApp.app.inject({
      method: 'POST',
      url: `${unit}/respondents`,
      headers: { cookie: cookie.assessor, 'idempotency-key': key, 'accept-language': 'en' },
      payload: { roleCode: 'petugas-pelayanan', name: 'Rina', employment: 'non-asn' },
    });
    expect(otherRoute.statusCode).toBe(422);
    expect(otherRoute.json().error.message).toContain('already used for another request');
    expect(await rowCount(respondents)).toBe(0);
    // The same body with its fields in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(complaint).reverse());
    const replay = await send({ method: 'POST', url: `${unit}/complaints`, payload: reordered }, key);
    expect(replay.headers['idempotent-replay']).toBe('true');
    // A key is the user's own: another user with the same key runs their own request.
    const coordinator = await send(
      { method: 'POST', url: `${unit}/complaints`, payload: { ...complaint, summary: 'koordinator' } },
      key,
      'coordinator',
    );
    expect(coordinator.statusCode).toBe(201);
    expect(coordinator.headers['idempotent-replay']).toBeUndefined();
  });

  it('runs simultaneous requests with one key once; the others are told it is in flight or get the replay', async () => {
    const key = newKey();
    const before = await rowCount(complaintRecords);
    const write: FieldWrite = {
      method: 'POST',
      url: `${unit}/complaints`,
      payload: { ...complaint, summary: 'serentak' },
    };
    const responses = await Promise.all(Array.from({ length: 5 }, () => send(write, key)));
    expect(await rowCount(complaintRecords)).toBe(before + 1);
    const executed = responses.filter(
      (response) => response.statusCode === 201 && response.headers['idempotent-replay'] === undefined,
    );
    expect(executed).toHaveLength(1);
    for (const response of responses) {
      if (response.statusCode === 409) {
        expect(response.json().error.code).toBe('idempotency-key-in-flight');
        expect(response.headers['retry-after']).toBe('1');
      } else expect(response.statusCode).toBe(201);
    }
    const later = await send(write, key);
    expect(later.headers['idempotent-replay']).toBe('true');
    expect(later.body).toBe(executed[0]?.body);
  });

  it('stores a refusal (4xx) as the answer too, and keeps only a hash of the request', async () => {
    const key = newKey();
    const stale = {
      method: 'PUT' as const,
      url: `${unit}/answers`,
      payload: {
        respondentId: null,
        indicatorCode: 'INP-S07',
        level: 1,
        note: 'catatan lapangan rahasia',
        expectedVersion: 5,
      },
    };
    const first = await send(stale, key);
    expect(first.statusCode).toBe(409);
    const again = await send(stale, key);
    expect(again.statusCode).toBe(409);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replay']).toBe('true');
    const [row] = await testApp.database.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.key, key));
    expect(row?.requestHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.route).toBe(`PUT ${unit}/answers`);
    expect(JSON.stringify(row)).not.toContain('catatan lapangan rahasia');
  });

  it('refuses a malformed key (400) and ignores the header on routes that are not field writes', async () => {
    for (const bad of ['', 'a'.repeat(101), 'kunci dengan spasi', 'kunci<script>']) {
      const response = await send({ method: 'POST', url: `${unit}/complaints`, payload: complaint }, bad);
      expect(response.statusCode, bad).toBe(400);
    }
    const read = await testApp.app.inject({
      method: 'GET',
      url: `${unit}/collection`,
      headers: { cookie: cookie.assessor, 'idempotency-key': newKey() },
    });
    expect(read.statusCode).toBe(200);
    expect(read.headers['idempotent-replay']).toBeUndefined();
  });

  it('stores the answer, not its compressed form, when the client accepts gzip (as every browser does)', async () => {
    const key = newKey();
    const save = () =>
      testApp.app.inject({
        method: 'PUT',
        url: `${unit}/answers`,
        headers: { cookie: cookie.assessor, 'idempotency-key': key, 'accept-encoding': 'gzip' },
        payload: {
          respondentId: null,
          indicatorCode: 'INP-S07',
          level: 1,
          note: 'Papan informasi standar pelayanan terpasang di ruang tunggu. '.repeat(40),
          expectedVersion: 0,
        },
      });
    const first = await save();
    expect(first.statusCode).toBe(200);
    // Large enough to be compressed: the answer is stored before compression.
    expect(first.headers['content-encoding']).toBe('gzip');
    const again = await save();
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replay']).toBe('true');
    expect(gunzipSync(again.rawPayload).toString()).toBe(gunzipSync(first.rawPayload).toString());
    const [row] = await testApp.database.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.key, key));
    expect(row?.responseBody).toBe(gunzipSync(first.rawPayload).toString());
  });

  it('forgets keys after seven days (injected clock): the old rows are pruned and the key runs again', async () => {
    const key = newKey();
    const write = (summary: string): FieldWrite => ({
      method: 'POST',
      url: `${unit}/complaints`,
      payload: { ...complaint, summary },
    });
    expect((await send(write('pertama'), key)).statusCode).toBe(201);
    clock.advance(7 * dayMs - 1000);
    // The session has ended meanwhile: sign in again, as the outbox does after a session expires.
    cookie.assessor = await signInAs(testApp.app, demoEmailByRole.assessor);
    expect((await send(write('kedua'), key)).statusCode).toBe(422);
    clock.advance(2000);
    const before = await rowCount(complaintRecords);
    const fresh = await send(write('kedua'), key);
    expect(fresh.statusCode).toBe(201);
    expect(fresh.headers['idempotent-replay']).toBeUndefined();
    expect(await rowCount(complaintRecords)).toBe(before + 1);
    // Pruning runs on a write at most every ten minutes: the next one past that removes the week-old rows.
    clock.advance(11 * 60 * 1000);
    expect((await send(write('ketiga'), newKey())).statusCode).toBe(201);
    const rows = await testApp.database.db.select().from(idempotencyKeys);
    const cutOff = clock.now().getTime() - 7 * dayMs;
    expect(rows.filter((row) => row.createdAt.getTime() < cutOff)).toEqual([]);
  });
});
