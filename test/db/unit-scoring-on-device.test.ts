import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitCollection } from '../../src/contracts/collection.contract';
import type { UnitScoringInput } from '../../src/contracts/unit-scoring-input.contract';
import { methodologySchema } from '../../src/core/methodology/methodology.schema';
import { applyOutboxToCollection } from '../../src/web/features/offline/apply-outbox-to-collection';
import type { OutboxEntry } from '../../src/web/features/offline/outbox-database';
import { scoreUnitOnDevice } from '../../src/web/features/offline/score-unit-on-device';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus, tinyPdf } from '../helpers/cycle-factory';
import { multipartBody } from '../helpers/multipart-body';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

/** One outbox entry as the unit page writes it (only the fields the device computation reads matter). */
function entry(fields: Partial<OutboxEntry> & Pick<OutboxEntry, 'kind' | 'body' | 'recordKey'>): OutboxEntry {
  return {
    id: crypto.randomUUID(),
    userId: 'assessor',
    unitKey: 'unit',
    method: 'PUT',
    url: '',
    file: null,
    idempotencyKey: crypto.randomUUID(),
    localId: null,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
    details: null,
    createdAt: 0,
    doneAt: null,
    ...fields,
  };
}

describe.each(testEngines())('the provisional score computed on the device on $name', (engine) => {
  let testApp: TestApp;
  let cookie = '';
  let unitUrl = '';
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    testApp.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const read = async () => ({
    collection: (await call('GET', `${unitUrl}/collection`)).json() as UnitCollection,
    input: (await call('GET', `${unitUrl}/scoring-input`)).json() as UnitScoringInput,
  });
  const onDevice = (collection: UnitCollection, input: UnitScoringInput, entries: OutboxEntry[]) =>
    scoreUnitOnDevice(
      applyOutboxToCollection(collection, entries),
      input,
      methodologySchema.parse(input.methodology),
      entries,
    );
  const answer = (respondentId: string | null, indicatorCode: string, level: number) =>
    call('PUT', `${unitUrl}/answers`, { respondentId, indicatorCode, level, note: '', expectedVersion: 0 });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    const admin = await signInAs(testApp.app, demoEmailByRole.admin);
    cookie = await signInAs(testApp.app, demoEmailByRole.assessor);
    const { unitIds } = await planMubaLocus(testApp.app, admin);
    unitUrl = `/api/cycles/2024/loci/16.06/units/${unitIds[0]}`;
    const moved = await testApp.app.inject({
      method: 'PATCH',
      url: '/api/cycles/2024',
      headers: { cookie: admin },
      payload: { phases: phasesAround('data-collection') },
    });
    expect(moved.statusCode).toBe(200);
  });
  afterAll(() => testApp.close());

  it('equals the server’s figure for the same data, and follows the outbox to the server’s next figure', async () => {
    const head = await call('POST', `${unitUrl}/respondents`, {
      roleCode: 'kepala-unit',
      name: 'Hj. Rosmala',
    });
    expect(head.statusCode).toBe(201);
    const headId: string = head.json().respondent.id;
    for (const [index, code] of ['INP-K01', 'INP-K02', 'INP-K03'].entries())
      expect((await answer(headId, code, index + 1)).statusCode).toBe(200);
    expect((await answer(null, 'INP-S07', 3)).statusCode).toBe(200);

    const before = await read();
    expect(before.input.methodologyRef).toBe(before.collection.methodologyRef);
    expect(before.collection.provisionalScore?.answeredCount).toBe(4);
    // Nothing waiting: the device computes exactly what the server shows.
    expect(onDevice(before.collection, before.input, [])).toEqual(before.collection.provisionalScore);

    // Offline: another official, a changed level, a new checklist answer and a photo for INP-S07.
    const sha256 = createHash('sha256').update(tinyPdf).digest('hex');
    const entries = [
      entry({
        kind: 'respondent-create',
        localId: `local-${crypto.randomUUID()}`,
        recordKey: 'respondent:new',
        body: { roleCode: 'petugas-pelayanan', name: 'Rudi', jobTitle: '', employment: 'asn' },
      }),
      entry({
        kind: 'answer',
        recordKey: 'a1',
        body: { respondentId: headId, indicatorCode: 'INP-K01', level: 3 },
      }),
      entry({
        kind: 'answer',
        recordKey: 'a2',
        body: { respondentId: null, indicatorCode: 'INP-S08', level: 2 },
      }),
      entry({
        kind: 'evidence-upload',
        recordKey: 'evidence:1',
        body: { indicatorCode: 'INP-S07', respondentId: null },
        file: {
          bytes: new ArrayBuffer(0),
          fileName: 'foto.pdf',
          contentType: 'application/pdf',
          sha256,
          uploadId: null,
          receivedBytes: 0,
          fields: { indicatorCode: 'INP-S07' },
        },
      }),
    ];
    const expected = onDevice(before.collection, before.input, entries);
    expect(expected?.score).not.toBe(before.collection.provisionalScore?.score);
    expect(expected?.answeredCount).toBe(5);
    // The queued photo counts: INP-S07 needs evidence, so without it the claimed level scores lower.
    expect(onDevice(before.collection, before.input, entries.slice(0, 3))?.score).toBeLessThan(
      expected?.score ?? 0,
    );

    // The same changes reach the server: its figure is the one the device showed.
    expect(
      (
        await call('POST', `${unitUrl}/respondents`, {
          roleCode: 'petugas-pelayanan',
          name: 'Rudi',
          employment: 'asn',
        })
      ).statusCode,
    ).toBe(201);
    const k01 = before.collection.answers.find((row) => row.indicatorCode === 'INP-K01');
    const changed = await call('PUT', `${unitUrl}/answers`, {
      respondentId: headId,
      indicatorCode: 'INP-K01',
      level: 3,
      note: '',
      expectedVersion: k01?.version,
    });
    expect(changed.statusCode).toBe(200);
    expect((await answer(null, 'INP-S08', 2)).statusCode).toBe(200);
    const body = multipartBody({ indicatorCode: 'INP-S07' }, [
      { field: 'file', fileName: 'foto.pdf', bytes: tinyPdf },
    ]);
    const uploaded = await testApp.app.inject({
      method: 'POST',
      url: `${unitUrl}/evidence`,
      headers: { cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(uploaded.statusCode).toBe(201);

    const after = await read();
    expect(after.collection.provisionalScore).toEqual(expected);
    expect(onDevice(after.collection, after.input, [])).toEqual(expected);
  });

  it('is read by the collection roles only', async () => {
    const liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    const refused = await testApp.app.inject({
      method: 'GET',
      url: `${unitUrl}/scoring-input`,
      headers: { cookie: liaison },
    });
    expect(refused.statusCode).toBe(403);
  });
});
