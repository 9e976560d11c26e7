import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatDecimal, planImprovements, scoreEntity, type UnitAnswers } from '../../src/core';
import { indicatorScoreRowsOf } from '../../src/reports/excel/indicator-scores-export';
import { buildRaporInput } from '../../src/reports/rapor/build-rapor-input';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { findEntityResultInSnapshot } from '../../src/server/db/repositories/document-sources.repository';
import { findSnapshotById } from '../../src/server/db/repositories/results.repository';
import { answers } from '../../src/server/db/schema/collection';
import { locusUnits } from '../../src/server/db/schema/cycles';
import { createDocumentRenderer } from '../../src/server/documents/document-renderer';
import { generateRapor } from '../../src/server/documents/generate-rapor';
import { findCachedEdition } from '../../src/server/methodologies/cached-methodology-catalog';
import { exportCycleData } from '../../src/server/use-cases/export-cycle-data';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { entityAnswersOf, recordUnitAnswers } from '../helpers/collected-answers-factory';
import { mubaUnits2024, phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { finaliseAllOverride } from '../helpers/finalise-request';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';
import { pdfText } from './documents-fixtures';

// Seeding a full app, finalising six units and planning take a while on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const assessorNote = 'Papan alur layanan belum terpasang di ruang tunggu.';

describe.each(testEngines())('the full rapor of a computed snapshot on $name', (engine) => {
  let testApp: TestApp;
  let unitIds: string[] = [];
  let unitsAnswers: UnitAnswers[] = [];
  let snapshotId = '';

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    const admin = await signInAs(testApp.app, demoEmailByRole.admin);
    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      testApp.app.inject({ method, url, headers: { cookie: admin }, ...(payload ? { payload } : {}) });
    const moveTo = async (phase: Parameters<typeof phasesAround>[0]) => {
      const phases = phasesAround(phase);
      const publication = phases.find((candidate) => candidate.code === 'publication');
      const embargoAt = new Date(Date.parse(publication?.startsAt ?? '') + 3_600_000).toISOString();
      const response = await call('PATCH', '/api/cycles/2024', { phases, embargoAt });
      expect(response.statusCode, response.body).toBe(200);
    };
    unitIds = (await planMubaLocus(testApp.app, admin)).unitIds;
    await moveTo('verification');
    // Reading the cycle once data collection has opened freezes its edition.
    expect((await call('GET', '/api/cycles/2024')).statusCode).toBe(200);
    const recorded = [
      await recordUnitAnswers(testApp.database, {
        year: 2024,
        entityCode: '16.06',
        unitId: unitIds[0] ?? '',
        knowledgeLevels: [3, 2, 3, 1, 2, 3],
        observed: [
          ['PRS-01', 3, false],
          ['PRS-02', 2, true],
          ['INP-S01', 3, true],
        ],
        surveys: [{ 'OUT-01': 3, 'OUT-02': 2 }],
      }),
      await recordUnitAnswers(testApp.database, {
        year: 2024,
        entityCode: '16.06',
        unitId: unitIds[1] ?? '',
        knowledgeLevels: [1, 1, 2, 0, 3, 2],
        observed: [['PGD-01', 3, true]],
        surveys: [],
      }),
    ];
    unitsAnswers = unitIds.map((id, index) => {
      const done = recorded.find((unit) => unit.code === id);
      const [type, name] = mubaUnits2024[index] ?? ['', ''];
      return done ?? { code: id, name, type, respondents: [], answers: [] };
    });
    await moveTo('determination');
    const finalised = await call('POST', '/api/cycles/2024/finalise', finaliseAllOverride);
    expect(finalised.statusCode, finalised.body).toBe(200);
    snapshotId = finalised.json().snapshotId;
  });
  afterAll(() => testApp.close());

  /** What the core gives for the same answers, laid out as buildRaporInput does. */
  const expectedRapor = async () => {
    const edition = await findCachedEdition('ombudsman-kepatuhan@2024r1');
    if (!edition) throw new Error('edition missing');
    const { methodology } = edition;
    const entityScore = scoreEntity(
      entityAnswersOf(
        { code: '16.06', name: 'Kab. Musi Banyuasin', kind: 'pemkab', province: '16' },
        unitsAnswers,
      ),
      methodology,
    );
    return buildRaporInput(entityScore, planImprovements(entityScore, methodology), methodology, {
      language: 'id',
      year: 2024,
      issuedOn: '2024-12-01',
      issuer: { name: 'Ombudsman Republik Indonesia' },
    });
  };

  const rapor = async () => {
    const { db } = testApp.database;
    const snapshot = await findSnapshotById(db, snapshotId);
    if (!snapshot) throw new Error('snapshot missing');
    const entity = await findEntityResultInSnapshot(db, snapshotId, '16.06');
    if (!entity) throw new Error('entity result missing');
    const renderer = createDocumentRenderer(db, {
      dataDir: mkdtempSync(path.join(tmpdir(), 'patuh-rapor-')),
      threads: 1,
      queue: 4,
      storeBytes: 64 * 1024 * 1024,
    });
    const dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-rapor-files-'));
    const settings = { secret: Buffer.alloc(32, 7), baseUrl: 'https://patuh.example.id', dataDir };
    const { pdf } = await generateRapor(
      db,
      renderer,
      settings,
      { snapshot, entity, language: 'id', now: new Date() },
      commandLineAuditContext,
    ).finally(() => renderer.close());
    return { text: pdfText(pdf) };
  };

  it('prints per dimension the weakest indicators with an assessor note, and recommendations with points', async () => {
    const expected = await expectedRapor();
    const firstWeak = expected.weakestIndicators.find((group) => group.indicators.length > 0)?.indicators[0];
    if (!firstWeak) throw new Error('no weak indicator expected');
    // The assessor's note, written with an answer of the third unit (a note without a level yet).
    const { db } = testApp.database;
    const [locusUnit] = await db
      .select({ id: locusUnits.id })
      .from(locusUnits)
      .where(eq(locusUnits.unitId, unitIds[2] ?? ''));
    if (!locusUnit) throw new Error('locus unit missing');
    await db.insert(answers).values({
      locusUnitId: locusUnit.id,
      respondentId: null,
      indicatorCode: firstWeak.code,
      level: null,
      note: assessorNote,
    });

    const { text } = await rapor();
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Kab. Musi Banyuasin');
    expect(flat).toContain(formatDecimal(expected.result.score, 2, 'id'));
    expect(flat).not.toContain('tidak tersedia untuk hasil ini');
    for (const group of expected.weakestIndicators) {
      expect(flat).toContain(group.dimensionName);
      for (const indicator of group.indicators) expect(flat).toContain(`${indicator.code} ·`);
    }
    expect(flat).toContain(`${firstWeak.code} · ${firstWeak.text.split(' ').slice(0, 3).join(' ')}`);
    expect(flat).toContain(`Disdukcapil: ${assessorNote}`);
    const top = expected.recommendations[0];
    if (!top) throw new Error('no recommendation expected');
    expect(flat).toContain(`${top.indicatorCode} ·`);
    expect(flat).toContain(`+${formatDecimal(top.pointsGained, 2, 'id')}`);
    expect(flat).toContain(formatDecimal(top.scoreAfter, 2, 'id'));
    // Its render time is a figure of `npm run bench` (bench/documents.bench.ts), not an assertion here.
  });
  it('exports every indicator of every unit from the stored explanation, scores as the core gives them', async () => {
    const entityScore = scoreEntity(
      entityAnswersOf(
        { code: '16.06', name: 'Kab. Musi Banyuasin', kind: 'pemkab', province: '16' },
        unitsAnswers,
      ),
      (await findCachedEdition('ombudsman-kepatuhan@2024r1'))?.methodology ?? fail('edition missing'),
    );
    const expected = [...indicatorScoreRowsOf(entityScore, 2024)];
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    const written = await exportCycleData(
      testApp.database.db,
      { year: 2024, what: 'indicators', format: 'csv', language: 'id' },
      sink,
    );
    expect(written).toBe(expected.length);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(expected.length + 1);
    const sample = expected.find((row) => row.indicatorCode === 'PRS-02' && row.unitCode === unitIds[0]);
    expect(sample?.score).toBeGreaterThan(0);
    expect(lines.some((line) => line.includes(`${unitIds[0]},`) && line.includes(',PRS-02,'))).toBe(true);
  });
});

function fail(message: string): never {
  throw new Error(message);
}
