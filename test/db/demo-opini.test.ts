import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { seedDemo } from '../../src/server/demo/seed-demo';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

interface PublicItem {
  entityCode: string;
  provinceCode: string | null;
  isDemoValue: boolean;
  opinionLabel: { id: string; en: string };
}

/**
 * Issue #16, "demo as it really went": a freshly seeded demo publishes 2025 on the Opini edition in force for a
 * sample of governments, with and without "Tanpa Maladministrasi" according to the oversight register, and
 * runs the cycle in the field on the 2026 edition with a half-full public-trust survey and open products.
 */
describe.each(testEngines())('the demo on the Opini editions on $name', (engine) => {
  // Early December 2026 (the demo's "now"): 2025 is published, 2026 is in data collection.
  const clock = createTestClock('2026-12-05T03:00:00.000Z');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-demo-opini-'));
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { clock: clock.now, environment: { PATUH_DATA_DIR: dataDir } });
    await seedDemo(testApp.database.db, dataDir, commandLineAuditContext, clock.now());
  });
  afterAll(async () => {
    await testApp?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('publishes 2025 on ombudsman-opini@2025 for a sample, with both label forms', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/public/results?year=2025' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { cycle: { methodologyRef: string } | null; items: PublicItem[] };
    expect(body.cycle?.methodologyRef).toBe('ombudsman-opini@2025');
    const labels = body.items.map((item) => item.opinionLabel.id);
    expect(labels.every((label) => /^Kualitas (Tertinggi|Tinggi|Sedang|Rendah)/.test(label))).toBe(true);
    const withSuffix = body.items.filter((item) => item.opinionLabel.id.endsWith(' Tanpa Maladministrasi'));
    expect(withSuffix.length).toBeGreaterThan(0);
    expect(withSuffix.length).toBeLessThan(body.items.length);
    // Musi Banyuasin followed up every product before the cut-off; Kota Palembang left one partly done.
    const labelOf = (code: string) => body.items.find((item) => item.entityCode === code)?.opinionLabel.id;
    expect(labelOf('16.06')).toBe('Kualitas Tertinggi Tanpa Maladministrasi');
    expect(labelOf('16.71')).toMatch(/^Kualitas \S+$/);
    // A sample: not every Sumatera Selatan government has a 2025 result (2024 has the province's 17 kab/kota).
    const sumsel = body.items.filter((item) => item.provinceCode === '16');
    expect(sumsel.length).toBeGreaterThan(1);
    expect(sumsel.length).toBeLessThan(18);
    expect(new Set(body.items.map((item) => item.provinceCode)).size).toBe(5);
    // Every figure is made up: each row is marked a demo value.
    expect(body.items.every((item) => item.isDemoValue)).toBe(true);
  });

  it('runs the cycle in the field on ombudsman-opini@2026 with public trust half in and open products', async () => {
    const admin = await signInAs(testApp.app, demoEmailByRole.admin);
    const cycle = await testApp.app.inject({
      method: 'GET',
      url: '/api/cycles/2026',
      headers: { cookie: admin },
    });
    expect(cycle.statusCode, cycle.body).toBe(200);
    expect(cycle.json().methodologyRef).toBe('ombudsman-opini@2026');

    const coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    const register = await testApp.app.inject({
      method: 'GET',
      url: '/api/entities/16.06/oversight-products',
      headers: { cookie: coordinator },
    });
    expect(register.statusCode, register.body).toBe(200);
    const statuses = (register.json().items as { followUpStatus: string; number: string }[]).map(
      (item) => [item.number, item.followUpStatus] as const,
    );
    // The 2025 products done; the 2026 ones still open, one not started and one partly done.
    expect(statuses.filter(([number]) => number.endsWith('/2025')).map(([, status]) => status)).toEqual([
      'selesai',
      'selesai',
    ]);
    expect(
      statuses
        .filter(([number]) => number.endsWith('/2026'))
        .map(([, status]) => status)
        .sort(),
    ).toEqual(['belum', 'sebagian']);

    const trust = await testApp.app.inject({ method: 'GET', url: '/api/public/trust-surveys/KPMUBA26' });
    expect(trust.statusCode, trust.body).toBe(200);
    expect(trust.json()).toMatchObject({ open: true, responses: 25, target: 50 });
    // 2025's surveys were full, so its public-trust element was computed from answers, not left out.
    const provisional = await testApp.app.inject({
      method: 'GET',
      url: '/api/cycles/2025/loci/16.06/trust-survey',
      headers: { cookie: admin },
    });
    expect(provisional.statusCode, provisional.body).toBe(200);
    expect(provisional.json()).toMatchObject({ responses: 50, target: 50, open: false });
    expect(provisional.json().score.score0to100).toBeGreaterThan(80);
  });

  it('gives each demo unit its own photo, taken on the field day at the unit: no integrity flag', async () => {
    const verifier = await signInAs(testApp.app, demoEmailByRole.verifier);
    const locus = await testApp.app.inject({
      method: 'GET',
      url: '/api/cycles/2026/loci/16.06',
      headers: { cookie: verifier },
    });
    expect(locus.statusCode, locus.body).toBe(200);
    const unitIds = (locus.json().units as { unitId: string; isSelected: boolean }[])
      .filter((unit) => unit.isSelected)
      .map((unit) => unit.unitId);
    const photos: { sha256: string; integrityFlags: { code: string }[] }[] = [];
    for (const unitId of unitIds.slice(0, 3)) {
      const collection = await testApp.app.inject({
        method: 'GET',
        url: `/api/cycles/2026/loci/16.06/units/${unitId}/collection`,
        headers: { cookie: verifier },
      });
      expect(collection.statusCode, collection.body).toBe(200);
      const evidence = (collection.json().answers as { evidence: typeof photos }[]).flatMap(
        (answer) => answer.evidence,
      );
      expect(evidence.length).toBeGreaterThan(0);
      photos.push(evidence[0] as (typeof photos)[number]);
      for (const item of evidence) expect(item.integrityFlags).toEqual([]);
    }
    expect(new Set(photos.map((photo) => photo.sha256)).size).toBe(photos.length);
  });
});
