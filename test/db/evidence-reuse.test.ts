import { readdirSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEvidence, storedFiles } from '../../src/server/db/schema';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus, tinyPdf } from '../helpers/cycle-factory';
import { jpegWithExif } from '../helpers/exif-jpeg-factory';
import { multipartBody } from '../helpers/multipart-body';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

/** The service room of Dinas Sosial Musi Banyuasin, photographed once during the visit. */
const roomPhoto = jpegWithExif({
  dateTimeOriginal: '2024:06:05 10:15:30',
  latitude: { dms: [2, 53, 15.6], ref: 'S' },
  longitude: { dms: [103, 50, 52.8], ref: 'E' },
  payload: 'ruang pelayanan',
});

/**
 * Issue #20: one stored photo supports several indicators and officials of the unit without being uploaded
 * again (`POST …/evidence/reuse`); a file of another unit cannot be reused; removing one item keeps the file
 * for the others.
 */
describe.each(testEngines())('evidence reuse on $name', (engine) => {
  const clock = createTestClock();
  let test: TestApp;
  let unitIds: string[] = [];
  const cookie = { admin: '', assessor: '', verifier: '' };
  const unitUrl = (index = 0) => `/api/cycles/2024/loci/16.06/units/${unitIds[index]}`;
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
    who: keyof typeof cookie = 'assessor',
  ) =>
    test.app.inject({
      method,
      url,
      headers: { cookie: cookie[who], ...headers },
      ...(payload ? { payload } : {}),
    });
  const reuse = (payload: object, headers: Record<string, string> = {}, unit = 0) =>
    call('POST', `${unitUrl(unit)}/evidence/reuse`, payload, headers);
  const upload = async (unit: number, indicatorCode: string, fileName: string, bytes: Buffer) => {
    const body = multipartBody({ indicatorCode }, [{ field: 'file', fileName, bytes }]);
    const response = await test.app.inject({
      method: 'POST',
      url: `${unitUrl(unit)}/evidence`,
      headers: { cookie: cookie.assessor, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; sha256: string };
  };
  const filesOnDisk = () =>
    readdirSync(path.join(test.dataDir, 'files')).filter((name) => name !== 'rendered');

  beforeAll(async () => {
    test = await buildTestApp(engine, { withDemoUsers: true, clock: clock.now });
    for (const role of Object.keys(cookie) as (keyof typeof cookie)[])
      cookie[role] = await signInAs(test.app, demoEmailByRole[role]);
    ({ unitIds } = await planMubaLocus(test.app, cookie.admin, clock.now()));
    const opened = await call(
      'PATCH',
      '/api/cycles/2024',
      { phases: phasesAround('data-collection', clock.now()) },
      {},
      'admin',
    );
    expect(opened.statusCode).toBe(200);
  });
  afterAll(() => test.close());

  let originalId = '';
  let reusedIds: string[] = [];

  it('attaches one uploaded photo to two more indicators and an official, storing the bytes once; audited', async () => {
    const original = await upload(0, 'PRS-01', 'ruang pelayanan.jpg', roomPhoto);
    originalId = original.id;
    const filesBefore = filesOnDisk().length;
    const head = await call('POST', `${unitUrl()}/respondents`, {
      roleCode: 'kepala-unit',
      name: 'Drs. Hendra Wijaya',
      employment: 'asn',
    });
    expect(head.statusCode).toBe(201);
    const headId: string = head.json().respondent.id;
    const targets = [
      { indicatorCode: 'PRS-02' },
      { indicatorCode: 'PRS-03', respondentId: null },
      { indicatorCode: 'INP-K01', respondentId: headId },
    ];
    reusedIds = [];
    for (const target of targets) {
      const response = await reuse({ fromEvidenceId: originalId, ...target });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({
        fileName: 'ruang pelayanan.jpg',
        sha256: original.sha256,
        mediaType: 'image/jpeg',
        takenAt: '2024-06-05T03:15:30.000Z',
        latitude: -2.8876667,
      });
      reusedIds.push(response.json().id);
    }
    expect(new Set([originalId, ...reusedIds]).size).toBe(4);
    expect(filesOnDisk()).toHaveLength(filesBefore);
    expect(await test.database.db.$count(storedFiles, eq(storedFiles.sha256, original.sha256))).toBe(1);
    expect(
      await test.database.db.$count(answerEvidence, eq(answerEvidence.fileSha256, original.sha256)),
    ).toBe(4);

    const answers: { indicatorCode: string; respondentId: string | null; evidence: { id: string }[] }[] = (
      await call('GET', `${unitUrl()}/collection`)
    ).json().answers;
    const holders = answers
      .filter((answer) => answer.evidence.some((item) => [originalId, ...reusedIds].includes(item.id)))
      .map((answer) => `${answer.indicatorCode}:${answer.respondentId === null ? 'unit' : 'head'}`)
      .sort();
    expect(holders).toEqual(['INP-K01:head', 'PRS-01:unit', 'PRS-02:unit', 'PRS-03:unit']);

    const audit = (await call('GET', '/api/audit?action=evidence.reuse', undefined, {}, 'admin')).json();
    expect(audit.items).toHaveLength(3);
    expect(audit.items[0]).toMatchObject({
      action: 'evidence.reuse',
      after: { reusedFromEvidenceId: originalId, sha256: original.sha256 },
    });
  });

  it('says on the provisional score what missing evidence costs; reusing the photo pays exactly that back', async () => {
    type Score = {
      roundedScore: number;
      missingEvidence: { points: number; answers: { indicatorCode: string; respondentId: string | null }[] };
    };
    const score = async (): Promise<Score> =>
      (await call('GET', `${unitUrl()}/collection`)).json().provisionalScore;
    const saved = await call('PUT', `${unitUrl()}/answers`, {
      respondentId: null,
      indicatorCode: 'PRS-08',
      level: 3,
      note: 'Ruang tunggu nyaman',
      expectedVersion: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const before = await score();
    expect(before.missingEvidence.answers).toContainEqual(
      expect.objectContaining({ indicatorCode: 'PRS-08', respondentId: null, level: 3, effectiveLevel: 0 }),
    );
    expect(before.missingEvidence.points).toBeGreaterThan(0);
    expect((await reuse({ fromEvidenceId: originalId, indicatorCode: 'PRS-08' })).statusCode).toBe(201);
    const after = await score();
    expect(after.missingEvidence.answers.map((answer) => answer.indicatorCode)).not.toContain('PRS-08');
    // PRS-08 was the only claim without evidence: its cost is the whole gain.
    expect(before.missingEvidence.answers).toHaveLength(1);
    expect(after.missingEvidence).toEqual({ points: 0, answers: [] });
    expect(Math.round((after.roundedScore - before.roundedScore) * 100)).toBe(
      Math.round(before.missingEvidence.points * 100),
    );
  });

  it('gives the existing item when the file is already on that answer, auditing nothing more', async () => {
    const again = await reuse({ fromEvidenceId: originalId, indicatorCode: 'PRS-02' });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(reusedIds[0]);
    const audit = (await call('GET', '/api/audit?action=evidence.reuse', undefined, {}, 'admin')).json();
    expect(audit.items).toHaveLength(4);
  });

  it('refuses a file of another unit (404), an unknown indicator or a foreign official (400), and the verifier (403)', async () => {
    const elsewhere = await upload(1, 'PRS-01', 'lain.pdf', tinyPdf);
    const before = await test.database.db.$count(answerEvidence);
    expect((await reuse({ fromEvidenceId: elsewhere.id, indicatorCode: 'PRS-04' })).statusCode).toBe(404);
    expect(
      (await reuse({ fromEvidenceId: '00000000-0000-4000-8000-000000000000', indicatorCode: 'PRS-04' }))
        .statusCode,
    ).toBe(404);
    // The other unit's path cannot borrow this unit's file either.
    expect((await reuse({ fromEvidenceId: originalId, indicatorCode: 'PRS-04' }, {}, 1)).statusCode).toBe(
      404,
    );
    const unknown = await reuse({ fromEvidenceId: originalId, indicatorCode: 'XXX-99' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('XXX-99');
    const foreign = await reuse({
      fromEvidenceId: originalId,
      indicatorCode: 'INP-K01',
      respondentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(foreign.statusCode).toBe(400);
    const verifier = await call(
      'POST',
      `${unitUrl()}/evidence/reuse`,
      { fromEvidenceId: originalId, indicatorCode: 'PRS-04' },
      {},
      'verifier',
    );
    expect(verifier.statusCode).toBe(403);
    expect(await test.database.db.$count(answerEvidence)).toBe(before);
  });

  it('replays a resend with the same Idempotency-Key and refuses the key on another body', async () => {
    const headers = { 'idempotency-key': 'bukti-ulang-1' };
    const first = await reuse({ fromEvidenceId: originalId, indicatorCode: 'PRS-05' }, headers);
    expect(first.statusCode).toBe(201);
    const count = await test.database.db.$count(answerEvidence);
    const again = await reuse({ fromEvidenceId: originalId, indicatorCode: 'PRS-05' }, headers);
    expect(again.headers['idempotent-replay']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    const other = await reuse({ fromEvidenceId: originalId, indicatorCode: 'PRS-06' }, headers);
    expect(other.statusCode).toBe(422);
    expect(await test.database.db.$count(answerEvidence)).toBe(count);
  });

  it('removing the first item keeps the file for every other answer that uses it', async () => {
    const removed = await call('DELETE', `${unitUrl()}/evidence/${originalId}`);
    expect(removed.statusCode).toBe(204);
    expect((await call('GET', `${unitUrl()}/evidence/${originalId}/file`)).statusCode).toBe(404);
    for (const id of reusedIds) {
      const download = await call('GET', `${unitUrl()}/evidence/${id}/file`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(roomPhoto)).toBe(true);
    }
    // A remaining item can itself be the source of a further reuse.
    const [firstReused] = reusedIds;
    expect((await reuse({ fromEvidenceId: firstReused ?? '', indicatorCode: 'PRS-07' })).statusCode).toBe(
      201,
    );
  });
});
