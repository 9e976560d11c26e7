import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Methodology } from '../../src/core';
import { listEntityResults } from '../../src/server/db/repositories/results.repository';
import { answerEvidence, answers, respondents, surveyResponses } from '../../src/server/db/schema/collection';
import { cycles, loci, locusUnits } from '../../src/server/db/schema/cycles';
import { entities } from '../../src/server/db/schema/entities';
import { publicTrustResponses } from '../../src/server/db/schema/public-trust';
import { storedFiles } from '../../src/server/db/schema/stored-files';
import { findCachedEdition } from '../../src/server/methodologies/cached-methodology-catalog';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround } from '../helpers/cycle-factory';
import { finaliseAllOverride } from '../helpers/finalise-request';
import { buildFullUnit, topLevel } from '../helpers/methodology-answers-factory';
import { signDocumentYears } from '../helpers/sign-document-years';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';
import { pdfText } from './documents-fixtures';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const dayMs = 24 * 60 * 60 * 1000;
const product = {
  kind: 'tindakan_korektif',
  issuedOn: '2026-02-10',
  subject: 'Penundaan berlarut pelayanan bantuan sosial',
  issuingOffice: 'Ombudsman RI Perwakilan Sumatera Selatan',
  dueOn: '2026-02-25',
};

/** The entity row's explanation: its children are the three elements. */
function elementsOf(explanation: unknown): { code: string; score: number }[] {
  return (
    (explanation as { tree?: { children?: { code: string; score: number }[] } } | null)?.tree?.children ?? []
  );
}

/**
 * Issue #16: finalising an Opini edition computes the three elements — the instrument from the units, public
 * trust from the entity's public-trust survey, compliance and the suffix "Tanpa Maladministrasi" from the
 * oversight register at the cycle's cut-off (the last day of data collection).
 */
describe.each(testEngines())('finalising an Opini cycle on $name', (engine) => {
  // 2 March 2026, 10:00 in Sumatera Selatan (WIB): follow-ups confirmed now are dated 2026-03-02.
  const clock = createTestClock('2026-03-02T03:00:00.000Z');
  let testApp: TestApp;
  let admin = '';
  let coordinator = '';
  let methodology: Methodology;
  const unitIdByEntity = new Map<string, string>();
  let openProductUrl = '';

  const call = async (
    cookie: string,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: object,
  ) => testApp.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const ok = async (
    cookie: string,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: object,
  ) => {
    const response = await call(cookie, method, url, payload);
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };
  const record = async (entityCode: string, number: string) => {
    const register = await ok(coordinator, 'POST', `/api/entities/${entityCode}/oversight-products`, {
      ...product,
      number,
    });
    const item = register.items.find((candidate: { number: string }) => candidate.number === number);
    return `/api/entities/${entityCode}/oversight-products/${item.id}`;
  };

  /** Every indicator of the unit answered at the top level, with evidence, as the collection screens store it. */
  const recordTopAnswers = async (entityCode: string) => {
    const { db } = testApp.database;
    const unitId = unitIdByEntity.get(entityCode) ?? '';
    const [row] = await db
      .select({ id: locusUnits.id })
      .from(locusUnits)
      .innerJoin(loci, eq(loci.id, locusUnits.locusId))
      .innerJoin(cycles, eq(cycles.id, loci.cycleId))
      .where(and(eq(cycles.year, 2025), eq(locusUnits.unitId, unitId)));
    if (!row) throw new Error(`no locus unit for ${entityCode}`);
    const sha256 = createHash('sha256').update('bukti-opini').digest('hex');
    await db
      .insert(storedFiles)
      .values({ sha256, sizeBytes: 10, mediaType: 'application/pdf' })
      .onConflictDoNothing();
    const full = buildFullUnit(methodology, {
      code: unitId,
      type: 'dinas-sosial',
      level: (indicator) => topLevel(methodology, indicator),
      entityRespondents: 3,
    });
    const roleOf = new Map(full.respondents.map((respondent) => [respondent.id, respondent.role]));
    const stored = new Map<string, string | null>();
    const surveys = new Map<string, Record<string, number>>();
    for (const respondent of full.respondents) {
      if (respondent.role === 'asesor') stored.set(respondent.id, null);
      else if (respondent.role === 'pengguna-layanan') surveys.set(respondent.id, {});
      else {
        const [inserted] = await db
          .insert(respondents)
          .values({ locusUnitId: row.id, roleCode: respondent.role, name: respondent.id })
          .returning();
        stored.set(respondent.id, inserted?.id ?? null);
      }
    }
    for (const answer of full.answers) {
      if (roleOf.get(answer.respondent) === 'pengguna-layanan') {
        const levels = surveys.get(answer.respondent) ?? {};
        levels[answer.indicator] = answer.level;
        continue;
      }
      const [inserted] = await db
        .insert(answers)
        .values({
          locusUnitId: row.id,
          respondentId: stored.get(answer.respondent) ?? null,
          indicatorCode: answer.indicator,
          level: answer.level,
        })
        .returning();
      if (!inserted) throw new Error('answer not inserted');
      await db
        .insert(answerEvidence)
        .values({ answerId: inserted.id, fileSha256: sha256, fileName: 'bukti.pdf' });
    }
    for (const [id, levels] of surveys)
      await db
        .insert(surveyResponses)
        .values({ locusUnitId: row.id, deviceTokenSha256: `device-${entityCode}-${id}`, levels });
  };

  /** `levels[i]` is every answer of the i-th public-trust response (1…4). */
  const recordTrustResponses = async (entityCode: string, levels: readonly number[]) => {
    const { db } = testApp.database;
    const [row] = await db
      .select({ id: loci.id })
      .from(loci)
      .innerJoin(cycles, eq(cycles.id, loci.cycleId))
      .innerJoin(entities, eq(entities.id, loci.entityId))
      .where(and(eq(cycles.year, 2025), eq(entities.code, entityCode)));
    if (!row) throw new Error(`no locus for ${entityCode}`);
    for (const [index, level] of levels.entries()) {
      const answered = Object.fromEntries(
        ['KEP-01', 'KEP-02', 'KEP-03', 'KEP-04', 'KEP-05', 'KEP-06'].map((code) => [code, level]),
      );
      await db
        .insert(publicTrustResponses)
        .values({ locusId: row.id, deviceTokenSha256: `trust-${entityCode}-${index}`, answers: answered });
    }
  };

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true, clock: clock.now });
    await signDocumentYears(testApp.database.db, [2022, 2023, 2024, 2025, 2026]);
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    const edition = await findCachedEdition('ombudsman-opini@2025');
    if (!edition) throw new Error('ombudsman-opini@2025 is not in the catalogue');
    methodology = edition.methodology;
    await ok(admin, 'POST', '/api/cycles', {
      year: 2025,
      methodologyRef: 'ombudsman-opini@2025',
      phases: phasesAround('entry-meetings', clock.now()),
      decreeNumber: null,
      decreeDate: null,
      embargoAt: null,
    });
    // Two kabupaten and a kota of Sumatera Selatan, one Dinas Sosial each.
    for (const code of ['16.06', '16.07', '16.71', '16.72']) {
      const unit = await ok(admin, 'POST', `/api/entities/${code}/units`, {
        unitTypeCode: 'dinas-sosial',
        name: `Dinas Sosial ${code}`,
      });
      unitIdByEntity.set(code, unit.id);
      await ok(admin, 'PUT', `/api/cycles/2025/loci/${code}`, { unitIds: [unit.id] });
    }
    // 16.06 received one product and followed it up in full before the cut-off.
    const done = await record('16.06', 'LAHP/0001/2026');
    await ok(coordinator, 'POST', `${done}/confirmation`, { followUpStatus: 'selesai', version: 1 });
    // 16.07 received two: one followed up, one still open at the cut-off. 16.71 received none.
    const alsoDone = await record('16.07', 'LAHP/0002/2026');
    await ok(coordinator, 'POST', `${alsoDone}/confirmation`, { followUpStatus: 'selesai', version: 1 });
    openProductUrl = await record('16.07', 'LAHP/0003/2026');

    // A month later the cycle is in determination; its data collection ended on 2026-03-10 (WIB).
    clock.advance(30 * dayMs);
    // Sessions do not last a month.
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    const phases = phasesAround('determination', clock.now());
    const publication = phases.find((phase) => phase.code === 'publication');
    const embargoAt = new Date(Date.parse(publication?.startsAt ?? '') + 3_600_000).toISOString();
    await ok(admin, 'PATCH', '/api/cycles/2025', { phases, embargoAt });
    expect((await ok(admin, 'GET', '/api/cycles/2025')).methodologySha256).toMatch(/^[0-9a-f]{64}$/);
    // Confirmed after the cut-off: it does not count for this cycle.
    await ok(coordinator, 'POST', `${openProductUrl}/confirmation`, {
      followUpStatus: 'selesai',
      version: 1,
    });
    for (const code of ['16.06', '16.07', '16.71', '16.72']) await recordTopAnswers(code);
    await recordTrustResponses('16.06', [4, 4, 4]);
    await recordTrustResponses('16.07', [4, 4, 4]);
    // Mean level 3.5 on a 1–4 scale: public trust 83.33.
    await recordTrustResponses('16.71', [4, 3]);
    // The lowest trust: 100 × 70 % + 0 × 30 % = 70, Kualitas Sedang.
    await recordTrustResponses('16.72', [1, 1]);
  });
  afterAll(() => testApp.close());

  it('lists open oversight products at the cut-off and the public-trust survey below its target', async () => {
    const readiness = await ok(admin, 'GET', '/api/cycles/2025/finalise/readiness');
    const problemsOf = (code: string) =>
      readiness.loci.find((locus: { code: string }) => locus.code === code).problems as {
        code: string;
        count: number;
        message: { id: string; en: string };
      }[];
    const pending = problemsOf('16.07').find((problem) => problem.code === 'oversight-products-pending');
    expect(pending).toMatchObject({ count: 1 });
    expect(pending?.message.en).toContain('by 2026-03-10');
    expect(problemsOf('16.06').map((problem) => problem.code)).not.toContain('oversight-products-pending');
    expect(problemsOf('16.71').map((problem) => problem.code)).not.toContain('oversight-products-pending');
    expect(problemsOf('16.06').find((problem) => problem.code === 'public-trust-below-quota')).toMatchObject({
      count: 47,
      message: { en: 'The public-trust survey has 3 of 50 responses.' },
    });
    expect(problemsOf('16.71').find((problem) => problem.code === 'public-trust-below-quota')).toMatchObject({
      count: 48,
    });
  });

  it('gives the suffix only to the entity that received products and followed every one up by the cut-off', async () => {
    const finalised = await call(admin, 'POST', '/api/cycles/2025/finalise', finaliseAllOverride);
    expect(finalised.statusCode, finalised.body).toBe(200);
    const rows = await listEntityResults(testApp.database.db, finalised.json().snapshotId);
    const byCode = new Map(rows.map((row) => [row.entityCode, row]));
    const muba = byCode.get('16.06');
    const withOpen = byCode.get('16.07');
    const withoutProducts = byCode.get('16.71');
    expect(Number(muba?.score)).toBe(100);
    expect(muba).toMatchObject({
      opinionLabelId: 'Kualitas Tertinggi Tanpa Maladministrasi',
      rankNational: 1,
      rankNationalOf: 2,
    });
    expect(Number(withOpen?.score)).toBe(100);
    expect(withOpen).toMatchObject({
      opinionLabelId: 'Kualitas Tertinggi',
      rankNational: 1,
      rankNationalOf: 2,
    });
    // Instrument 100 × 70 % + public trust 83.33 × 30 %: the survey is read, and no products means no suffix.
    expect(Number(withoutProducts?.score)).toBe(95);
    expect(withoutProducts).toMatchObject({
      opinionLabelId: 'Kualitas Tertinggi',
      kind: 'pemkot',
      rankNational: 1,
      rankNationalOf: 2,
    });
    expect(Number(byCode.get('16.72')?.score)).toBe(70);
    expect(byCode.get('16.72')).toMatchObject({ opinionLabelId: 'Kualitas Sedang', rankNational: 2 });
    const elements = elementsOf(withoutProducts?.explanation);
    expect(elements.map((element) => element.code)).toEqual([
      'instrument',
      'public-trust',
      'oversight-compliance',
    ]);
    expect(elements[1]?.score).toBeCloseTo(83.33, 2);
    const withOpenElements = elementsOf(withOpen?.explanation);
    // One of two products followed up by the cut-off.
    expect(withOpenElements[2]).toMatchObject({ code: 'oversight-compliance', score: 50 });
  });

  it('awards the Opini Ombudsman RI piagam to Kualitas Tertinggi only, with no zone, and a rapor to everyone', async () => {
    // Past the embargo (one hour into Publication, which starts 8 days from now).
    clock.advance(9 * dayMs);
    const get = (url: string) => testApp.app.inject({ method: 'GET', url, headers: { host: 'patuh.test' } });
    const piagam = await get('/api/public/entities/16.06/piagam.pdf?year=2025');
    expect(piagam.statusCode, piagam.body.slice(0, 300)).toBe(200);
    const text = pdfText(piagam.rawPayload);
    expect(text).toContain('OPINI OMBUDSMAN RI');
    expect(text).toContain('Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik Tahun 2025');
    expect(text).toMatch(/Kualitas Tertinggi\s+Tanpa\s+Maladministrasi/);
    expect(text).not.toMatch(/ZONA|Zona/);
    const withOpen = pdfText((await get('/api/public/entities/16.07/piagam.pdf?year=2025')).rawPayload);
    expect(withOpen).toContain('OPINI OMBUDSMAN RI');
    expect(withOpen).toContain('Kualitas Tertinggi');
    expect(withOpen).not.toMatch(/Tanpa\s+Maladministrasi/);

    // The portal names no zone for the edition: its headings follow `hasZones`.
    expect((await get('/api/public/results?year=2025')).json().cycle).toMatchObject({
      methodologyRef: 'ombudsman-opini@2025',
      hasZones: false,
      entityCount: 4,
    });
    expect((await get('/api/public/entities/16.06')).json().history).toEqual([
      expect.objectContaining({ year: 2025, hasZones: false, zone: 'tertinggi' }),
    ]);
    const refused = await get('/api/public/entities/16.72/piagam.pdf?year=2025');
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.message).toContain('Kualitas Tertinggi');
    const documents = (await get('/api/public/entities/16.72/documents?year=2025')).json();
    expect(documents.piagamUrl).toBeNull();
    // Its Dinas Sosial scored 100 on its own (category A): a unit's piagam follows the unit's own category.
    expect(documents.units).toEqual([
      expect.objectContaining({ category: 'A', piagamUrl: expect.any(String) }),
    ]);
    const rapor = await get(documents.raporUrl);
    expect(rapor.statusCode).toBe(200);
    expect(pdfText(rapor.rawPayload)).toContain('Kualitas Sedang');
    expect((await get('/api/public/entities/16.06/documents?year=2025')).json().piagamUrl).toBe(
      '/api/public/entities/16.06/piagam.pdf?year=2025',
    );
  });

  it('prints the three elements and the products open at the cut-off in the rapor, with no zone', async () => {
    const get = (url: string) => testApp.app.inject({ method: 'GET', url, headers: { host: 'patuh.test' } });
    const rapor = await get('/api/public/entities/16.07/rapor.pdf?year=2025');
    expect(rapor.statusCode, rapor.body.slice(0, 300)).toBe(200);
    const text = pdfText(rapor.rawPayload);
    // Titled for the Opini, never as the compliance rapor of 2022–2024 (issue #16).
    expect(text).toContain('RAPOR OPINI OMBUDSMAN RI 2025');
    expect(text).not.toContain('RAPOR KEPATUHAN');
    expect(text).toContain('Elemen Penilaian Opini');
    expect(text).toMatch(/Instrumen empat dimensi[^\n]*70,00 %\s+100,00/);
    expect(text).toMatch(/Tingkat kepercayaan masyarakat[^\n]*30,00 %\s+100,00/);
    expect(text).toMatch(/Kepatuhan terhadap produk pengawasan Ombudsman[^\n]*0,00 %\s+50,00/);
    expect(text).toContain('Produk Pengawasan yang Belum Ditindaklanjuti Tuntas');
    expect(text).toContain('per 10 Maret 2026');
    // Open at the cut-off although confirmed later; the one followed up in time is not listed.
    expect(text).toContain('LAHP/0003/2026');
    expect(text).not.toContain('LAHP/0002/2026');
    // Re-scored from the stored answers and elements: the full rapor, not the summary of published totals.
    expect(text).toContain('Nilai per Dimensi');
    expect(text).not.toMatch(/\bZona\b/);
    const followedUp = pdfText((await get('/api/public/entities/16.06/rapor.pdf?year=2025')).rawPayload);
    expect(followedUp).toMatch(/Tanpa\s+Maladministrasi/);
    expect(followedUp).not.toContain('Produk Pengawasan yang Belum Ditindaklanjuti Tuntas');
  });
});
