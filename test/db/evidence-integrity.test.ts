import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { jpegWithExif } from '../helpers/exif-jpeg-factory';
import { multipartBody } from '../helpers/multipart-body';
import { resizedCopy, sceneJpeg } from '../helpers/photo-jpeg-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

/** Data collection runs 8–18 July 2024 (WIB, ± a day); the clock stands on its 3rd day. */
const clock = createTestClock('2024-07-10T03:00:00.000Z');
const sekayu = { latitude: -2.8833, longitude: 103.8475 };
/** Taken in Jakarta in 2019: far from Sekayu and years before the cycle. */
const jakarta2019 = jpegWithExif({
  dateTimeOriginal: '2019:03:14 09:00:00',
  offsetTimeOriginal: '+07:00',
  latitude: { dms: [6, 12, 0], ref: 'S' },
  longitude: { dms: [106, 49, 0], ref: 'E' },
});
/** Taken at the unit on the 2nd day of data collection. */
const sekayuInWindow = jpegWithExif({
  dateTimeOriginal: '2024:07:09 10:15:30',
  latitude: { dms: [2, 53, 0], ref: 'S' },
  longitude: { dms: [103, 50, 51], ref: 'E' },
  payload: 'in window',
});
const noExif = Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x02, 0x10, 0x20, 0xff, 0xd9]);

describe.each(testEngines())('evidence integrity on $name', (engine) => {
  let test: TestApp;
  let unitIds: string[] = [];
  const cookie = { admin: '', coordinator: '', assessor: '', verifier: '' };
  const unitUrl = (index: number) => `/api/cycles/2024/loci/16.06/units/${unitIds[index]}`;
  const call = async (
    who: keyof typeof cookie,
    method: 'GET' | 'PUT' | 'PATCH',
    url: string,
    payload?: object,
  ) => test.app.inject({ method, url, headers: { cookie: cookie[who] }, ...(payload ? { payload } : {}) });
  const upload = async (unit: number, indicatorCode: string, fileName: string, bytes: Buffer) => {
    // Uploads a minute apart, so "uploaded before" (the original of a duplicate) is never a tie.
    clock.advance(60_000);
    const body = multipartBody({ indicatorCode }, [{ field: 'file', fileName, bytes }]);
    const response = await test.app.inject({
      method: 'POST',
      url: `${unitUrl(unit)}/evidence`,
      headers: { cookie: cookie.assessor, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  };
  type Flag = { code: string; details: Record<string, unknown>; decision: { decision: string } | null };
  type Item = { id: string; integrityFlags: Flag[]; counts: boolean };
  const collection = async (unit: number) => {
    const response = await call('verifier', 'GET', `${unitUrl(unit)}/collection`);
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const evidenceOf = async (unit: number, evidenceId: string): Promise<Item> => {
    const answers: { evidence: Item[] }[] = (await collection(unit)).answers;
    const item = answers
      .flatMap((answer) => answer.evidence)
      .find((candidate) => candidate.id === evidenceId);
    if (!item) throw new Error(`evidence ${evidenceId} not listed`);
    return item;
  };
  const decide = (who: keyof typeof cookie, unit: number, evidenceId: string, flag: string, body: object) =>
    call(who, 'PUT', `${unitUrl(unit)}/evidence/${evidenceId}/flags/${flag}/decision`, body);

  beforeAll(async () => {
    test = await buildTestApp(engine, { withDemoUsers: true, clock: clock.now });
    for (const role of Object.keys(cookie) as (keyof typeof cookie)[])
      cookie[role] = await signInAs(test.app, demoEmailByRole[role]);
    ({ unitIds } = await planMubaLocus(test.app, cookie.admin, clock.now()));
    for (const unitId of unitIds.slice(0, 2)) {
      const placed = await call('admin', 'PATCH', `/api/units/${unitId}`, sekayu);
      expect(placed.statusCode).toBe(200);
    }
    const opened = await call('admin', 'PATCH', '/api/cycles/2024', {
      phases: phasesAround('data-collection', clock.now()),
    });
    expect(opened.statusCode).toBe(200);
  });
  afterAll(async () => {
    await test.close();
  });

  let farOldId = '';
  it('flags a 2019 photo from Jakarta on a Sekayu unit gps-far and time-outside-window', async () => {
    farOldId = await upload(0, 'INP-S07', 'lama.jpg', jakarta2019);
    const item = await evidenceOf(0, farOldId);
    expect(item.integrityFlags.map((flag) => flag.code)).toEqual(['gps-far', 'time-outside-window']);
    expect(item.counts).toBe(true);
    const [far, old] = item.integrityFlags;
    expect(far?.details).toMatchObject({ maxDistanceKm: 2 });
    expect(Number(far?.details.distanceKm)).toBeGreaterThan(400);
    expect(old?.details).toMatchObject({ takenAt: '2019-03-14T02:00:00.000Z' });
    expect(far?.decision).toBeNull();
  });

  it('leaves a photo taken at the unit during data collection unflagged, and flags one without EXIF', async () => {
    const goodId = await upload(0, 'INP-S08', 'ruang.jpg', sekayuInWindow);
    expect((await evidenceOf(0, goodId)).integrityFlags).toEqual([]);
    const bareId = await upload(0, 'PRS-10', 'tanpa-exif.jpg', noExif);
    expect((await evidenceOf(0, bareId)).integrityFlags.map((flag) => flag.code)).toEqual(['no-metadata']);
  });

  it('flags the same photo on a second unit as a duplicate naming the first use; the first stays unflagged as such', async () => {
    const copyId = await upload(1, 'INP-S07', 'sama.jpg', jakarta2019);
    const copy = await evidenceOf(1, copyId);
    expect(copy.integrityFlags.map((flag) => flag.code)).toEqual([
      'gps-far',
      'time-outside-window',
      'duplicate',
    ]);
    expect(copy.integrityFlags[2]?.details.earlierUses).toEqual([
      {
        match: 'exact',
        year: 2024,
        entityCode: '16.06',
        entityName: expect.any(String),
        unitName: expect.any(String),
        indicatorCode: 'INP-S07',
      },
    ]);
    expect((await evidenceOf(0, farOldId)).integrityFlags.map((flag) => flag.code)).not.toContain(
      'duplicate',
    );
  });

  it('flags a resized, recompressed copy of a real photo as a near-identical duplicate', async () => {
    const photo = sceneJpeg({ width: 320, height: 240, seed: 21 });
    await upload(0, 'PRS-01', 'asli.jpg', photo);
    const copyId = await upload(1, 'PRS-01', 'kecil.jpg', resizedCopy(photo, 0.5, 60));
    const duplicate = (await evidenceOf(1, copyId)).integrityFlags.find((flag) => flag.code === 'duplicate');
    expect(duplicate?.details.earlierUses).toEqual([expect.objectContaining({ match: 'perceptual' })]);
    const otherId = await upload(1, 'PRS-02', 'lain.jpg', sceneJpeg({ width: 320, height: 240, seed: 99 }));
    expect((await evidenceOf(1, otherId)).integrityFlags.map((flag) => flag.code)).toEqual(['no-metadata']);
  });

  it('lets a verifier reject a flag: the evidence stops counting and the provisional score drops; audited', async () => {
    const saved = await call('assessor', 'PUT', `${unitUrl(0)}/answers`, {
      respondentId: null,
      indicatorCode: 'INP-S07',
      level: 3,
      note: '',
      expectedVersion: 1,
    });
    expect(saved.statusCode).toBe(200);
    const before = (await collection(0)).provisionalScore.score;

    const refused = await decide('assessor', 0, farOldId, 'gps-far', {
      decision: 'rejected',
      note: 'Foto lama',
    });
    expect(refused.statusCode).toBe(403);
    const notRaised = await decide('verifier', 0, farOldId, 'duplicate', {
      decision: 'accepted',
      note: 'Tidak ada duplikat.',
    });
    expect(notRaised.statusCode).toBe(409);

    const rejected = await decide('verifier', 0, farOldId, 'gps-far', {
      decision: 'rejected',
      note: 'Foto dari Jakarta, bukan dari unit.',
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ id: farOldId, counts: false });
    const item = await evidenceOf(0, farOldId);
    expect(item.counts).toBe(false);
    expect(item.integrityFlags[0]?.decision).toMatchObject({ decision: 'rejected' });
    const after = (await collection(0)).provisionalScore.score;
    expect(after).toBeLessThan(before);

    // Accepting it again (a new decision, with a note) makes it count again.
    const accepted = await decide('verifier', 0, farOldId, 'gps-far', {
      decision: 'accepted',
      note: 'Koordinat unit salah; foto benar dari unit.',
    });
    expect(accepted.json()).toMatchObject({ counts: true });
    expect((await collection(0)).provisionalScore.score).toBe(before);

    const audit = await call('admin', 'GET', '/api/audit?action=evidence.flag.decide');
    const entries = audit.json().items;
    expect(entries).toHaveLength(2);
    expect(entries.map((entry: { after: { decision: string } }) => entry.after.decision).sort()).toEqual([
      'accepted',
      'rejected',
    ]);
  });

  it('lists the flagged photos of the province in the integrity report, with counts per flag', async () => {
    const response = await call('coordinator', 'GET', '/api/cycles/2024/evidence-integrity?provinceCode=16');
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.byCode).toEqual({ 'gps-far': 2, 'time-outside-window': 2, 'no-metadata': 4, duplicate: 2 });
    expect(report.flaggedCount).toBe(6);
    expect(report.evidenceCount).toBe(7);
    // The decided gps-far flag is the only one no longer waiting.
    expect(report.undecidedCount).toBe(9);
    const outside = await call('coordinator', 'GET', '/api/cycles/2024/evidence-integrity?provinceCode=31');
    expect(outside.statusCode).toBe(404);
    const assessor = await call('assessor', 'GET', '/api/cycles/2024/evidence-integrity?provinceCode=16');
    expect(assessor.statusCode).toBe(403);
  });

  it('does not flag one stored photo reused on other indicators of the same unit as a duplicate of itself', async () => {
    const photo = sceneJpeg({ width: 320, height: 240, seed: 7 });
    const originalId = await upload(0, 'INP-S01', 'loket.jpg', photo);
    clock.advance(60_000);
    const reused = await test.app.inject({
      method: 'POST',
      url: `${unitUrl(0)}/evidence/reuse`,
      headers: { cookie: cookie.assessor },
      payload: { fromEvidenceId: originalId, indicatorCode: 'INP-S02' },
    });
    expect(reused.statusCode).toBe(201);
    const flagsOf = async (unit: number, id: string) =>
      (await evidenceOf(unit, id)).integrityFlags.map((flag) => flag.code);
    expect(await flagsOf(0, reused.json().id)).toEqual(['no-metadata']);
    expect(await flagsOf(0, originalId)).toEqual(['no-metadata']);
    // The same bytes uploaded for another unit are still a copy of the first use.
    const elsewhereId = await upload(1, 'INP-S01', 'loket.jpg', photo);
    expect(await flagsOf(1, elsewhereId)).toEqual(['no-metadata', 'duplicate']);
  });
});
