import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type APIRequestContext,
  expect,
  type Page,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import { phasesAround } from '../helpers/cycle-factory';
import { finaliseAllOverride } from '../helpers/finalise-request';
import { pdfText } from '../unit/reports/read-pdf';
import { demoPassword, demoUsers } from './helpers/accounts';
import { completeUnit } from './helpers/complete-unit';
import { followUpOpenOversightProducts } from './helpers/oversight-register';
import { startServer, stopServer } from './helpers/server-process';

/** A year of its own, on a server of its own: nothing else publishes it. */
const year = 2039;
const day = 24 * 3600;
const fullLabel = 'Kualitas Tertinggi Tanpa Maladministrasi';

test.use({ actionTimeout: 20_000 });

/**
 * Issue #16, the whole Opini chain: a liaison uploads follow-up evidence for an oversight product, the
 * coordinator confirms it, the centre finalises the cycle (ombudsman-opini@2026), and the portal, the piagam
 * and the rapor all say "Kualitas Tertinggi Tanpa Maladministrasi". The cycle is built here through the API,
 * on a server of its own whose clock is stepped by restarts (data collection → determination → publication).
 */
test('an oversight product followed up in full gives "Kualitas Tertinggi Tanpa Maladministrasi" on the portal, piagam and rapor', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-e2e-opini-'));
  const port = Number(process.env.E2E_PORT ?? 3917) + 7;
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(dataDir, port, 0);
  const restart = async (offsetSeconds: number) => {
    await stopServer(server);
    server = await startServer(dataDir, port, offsetSeconds);
  };
  try {
    let admin = await signedInApi(base, demoUsers.admin);
    const call = async (method: 'post' | 'put' | 'patch' | 'get', url: string, data?: object) => {
      const response = await admin[method](url, data ? { data } : {});
      expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300);
      return response.json();
    };

    // The cycle on the Opini edition, Muba's Dinas Sosial its one locus unit, now in data collection.
    await call('post', '/api/cycles', {
      year,
      methodologyRef: 'ombudsman-opini@2026',
      phases: phasesAround('entry-meetings'),
      decreeNumber: null,
      decreeDate: null,
      embargoAt: null,
    });
    // No public piagam before the year's signatory is set (PIAGAM_NOT_SIGNED): the centre signs this year's.
    await call('put', `/api/document-signatories/${year}/pusat`, {
      signatories: [{ name: 'Penandatangan Uji', title: 'Ketua Ombudsman Republik Indonesia' }],
      place: 'Jakarta',
    });
    const unit = await call('post', '/api/entities/16.06/units', {
      unitTypeCode: 'dinas-sosial',
      name: `Dinas Sosial rantai opini ${Date.now()}`,
    });
    await call('put', `/api/cycles/${year}/loci/16.06`, { unitIds: [unit.id] });
    // Fixed now: data collection ends in 8 days (the oversight cut-off), determination starts in 28,
    // publication in 38; the server's clock is moved past them by restarts below.
    const phases = phasesAround('data-collection');
    const publication = phases.find((phase) => phase.code === 'publication');
    const embargoAt = new Date(Date.parse(publication?.startsAt ?? '') + 3_600_000).toISOString();
    await call('patch', `/api/cycles/${year}`, { phases, embargoAt, decreeNumber: `SK 7/${year}` });
    expect((await call('get', `/api/cycles/${year}`)).methodologySha256).toMatch(/^[0-9a-f]{64}$/);

    // Every indicator at the top level, one service user with proof, one citizen with full trust.
    const unitBase = `/api/cycles/${year}/loci/16.06/units/${unit.id}`;
    await completeUnit(admin, unitBase, 'none-answered-low');
    const surveyLink = await call('post', `${unitBase}/survey/link`);
    await answerServiceUserSurvey(base, surveyLink.code);
    const trustLink = await call('post', `/api/cycles/${year}/loci/16.06/trust-survey/link`);
    await answerTrustSurvey(base, trustLink.code);

    // The coordinator records a corrective action for Muba.
    const number = `LAHP/OPINI/${Date.now()}`;
    const coordinator = await signedInApi(base, demoUsers.coordinator);
    const recorded = await coordinator.post('/api/entities/16.06/oversight-products', {
      data: {
        kind: 'tindakan_korektif',
        number,
        issuedOn: '2026-01-15',
        subject: 'Penundaan berlarut penyaluran bantuan sosial',
        issuingOffice: 'Ombudsman RI Perwakilan Sumatera Selatan',
        dueOn: null,
      },
    });
    expect(recorded.status(), await recorded.text()).toBe(201);
    // Whatever else the register holds for Muba (the demo seeds open items) is followed up first, through the
    // API: the journey is about the product just recorded.
    await followUpOpenOversightProducts(coordinator, '16.06', [number]);

    // The liaison uploads the follow-up evidence from a phone; the coordinator confirms it "selesai".
    await followUpOnScreens(page, base, number);

    // Determination (30 days on): the centre finalises; the register was read at the end of data collection.
    await restart(30 * day);
    admin = await signedInApi(base, demoUsers.admin);
    const readiness = await call('get', `/api/cycles/${year}/finalise/readiness`);
    const codes = readiness.loci[0].problems.map((problem: { code: string }) => problem.code);
    expect(codes).not.toContain('oversight-products-pending');
    const finalised = await call('post', `/api/cycles/${year}/finalise`, finaliseAllOverride);
    expect(finalised).toMatchObject({ year, entities: 1, units: 1 });

    // Publication (40 days on, past the embargo): the public answer carries the full label.
    await restart(40 * day);
    const visitor = await playwrightRequest.newContext({ baseURL: base });
    const results = await (await visitor.get(`/api/public/results?year=${year}`)).json();
    expect(results.cycle).toMatchObject({ methodologyRef: 'ombudsman-opini@2026', hasZones: false });
    expect(results.items).toEqual([
      expect.objectContaining({
        entityCode: '16.06',
        category: 'A',
        zone: 'tertinggi',
        opinionLabel: expect.objectContaining({ id: fullLabel }),
        rankNational: 1,
        rankNationalOf: 1,
      }),
    ]);
    // One kabupaten assessed of every kabupaten in the directory.
    expect(results.coverage).toEqual([
      expect.objectContaining({ kind: 'pemkab', assessed: 1, inDirectory: expect.any(Number) }),
    ]);
    const inDirectory: number = results.coverage[0].inDirectory;
    expect(inDirectory).toBeGreaterThan(400);

    // The portal: the ranking and the map say the label, the legend its suffix, the page "1 of M assessed".
    await page.goto(`${base}/hasil?tahun=${year}&jenis=pemkab`);
    await expect(page.getByTestId('rankings-table').getByTestId('ranking-opinion')).toHaveText(fullLabel);
    await expect(page.getByTestId('ranking-coverage')).toContainText(
      `Pemerintah kabupaten: 1 dari ${inDirectory} dinilai`,
    );
    await expect(page.getByTestId('map-legend')).toContainText('Kualitas Tertinggi');
    await expect(page.getByTestId('map-legend-suffix')).toContainText('(1 entitas)');
    await expect(page.locator('[data-testid="map-regencies"] path[data-code="16.06"]')).toHaveAttribute(
      'fill',
      results.items[0].zoneColour,
    );
    await page.goto(`${base}/hasil/entitas/16.06/riwayat`);
    await expect(page.getByTestId('entity-zone-or-opinion')).toHaveText(fullLabel);
    await expect(page.getByTestId('entity-rank-national')).toContainText(`1 dari ${inDirectory} dinilai`);

    // The piagam: the Opini Ombudsman RI award, with the full label.
    const piagam = await visitor.get(`/api/public/entities/16.06/piagam.pdf?year=${year}`);
    expect(piagam.status()).toBe(200);
    const piagamText = flat(pdfText(await piagam.body(), { layout: false }));
    expect(piagamText).toContain('OPINI OMBUDSMAN RI');
    expect(piagamText).toContain(fullLabel);

    // The rapor: titled for the Opini, the three elements, the full label, no product left to fix.
    const rapor = await visitor.get(`/api/public/entities/16.06/rapor.pdf?year=${year}`);
    expect(rapor.status()).toBe(200);
    const raporPdf = await rapor.body();
    const raporText = pdfText(raporPdf);
    expect(raporText).toContain(`RAPOR OPINI OMBUDSMAN RI ${year}`);
    expect(raporText).not.toContain('RAPOR KEPATUHAN');
    expect(raporText).toContain('Elemen Penilaian Opini');
    expect(raporText).toMatch(/Instrumen empat dimensi[^\n]*70,00\s%/);
    expect(raporText).toMatch(/Tingkat kepercayaan masyarakat[^\n]*30,00\s%/);
    expect(raporText).toMatch(/Kepatuhan terhadap produk pengawasan Ombudsman[^\n]*100,00/);
    expect(flat(pdfText(raporPdf, { layout: false }))).toContain(fullLabel);
    expect(raporText).not.toContain('Produk Pengawasan yang Belum Ditindaklanjuti Tuntas');
    await visitor.dispose();
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

async function signedInApi(base: string, email: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL: base });
  const signedIn = await api.post('/api/auth/sign-in', { data: { email, password: demoPassword } });
  expect(signedIn.ok(), await signedIn.text()).toBe(true);
  return api;
}

/** A service user on their own device, with a receipt number as proof of service, every answer at the top. */
async function answerServiceUserSurvey(base: string, code: string): Promise<void> {
  const device = await playwrightRequest.newContext({ baseURL: base });
  const survey = await (await device.get(`/api/public/surveys/${code}`)).json();
  const levels = Object.fromEntries(
    survey.questions.map((question: { indicatorCode: string; levels: { value: number }[] }) => [
      question.indicatorCode,
      Math.max(...question.levels.map((level) => level.value)),
    ]),
  );
  const answered = await device.post(`/api/public/surveys/${code}`, {
    data: { levels, receiptNumber: `REG-${Date.now()}` },
  });
  expect(answered.status(), await answered.text()).toBeLessThan(300);
  await device.dispose();
}

/** A citizen who trusts the government fully on every question. */
async function answerTrustSurvey(base: string, code: string): Promise<void> {
  const device = await playwrightRequest.newContext({ baseURL: base });
  const survey = await (await device.get(`/api/public/trust-surveys/${code}`)).json();
  const answers = Object.fromEntries(
    survey.questions.map((question: { code: string; levels: { value: number }[] }) => [
      question.code,
      Math.max(...question.levels.map((level) => level.value)),
    ]),
  );
  const answered = await device.post(`/api/public/trust-surveys/${code}`, { data: { answers } });
  expect(answered.status(), await answered.text()).toBeLessThan(300);
  await device.dispose();
}

/** The liaison's upload on a phone and the coordinator's confirmation, on the register's screens. */
async function followUpOnScreens(page: Page, base: string, number: string): Promise<void> {
  const evidence = {
    name: 'surat-tindak-lanjut.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  };
  await page.setViewportSize({ width: 390, height: 844 });
  await signInOn(page, base, demoUsers.liaison);
  await page.goto(`${base}/produk-pengawasan/16.06`);
  const card = page.getByRole('article', { name: number });
  await expect(card.getByTestId('follow-up-status')).toHaveText('Belum');
  await card.locator('input[type="file"]').setInputFiles(evidence);
  await card.getByRole('button', { name: 'Unggah bukti tindak lanjut' }).click();
  await expect(card.getByRole('link', { name: 'surat-tindak-lanjut.pdf' })).toBeVisible();
  await page.context().clearCookies();

  await page.setViewportSize({ width: 1280, height: 800 });
  await signInOn(page, base, demoUsers.coordinator);
  await page.goto(`${base}/produk-pengawasan/16.06`);
  await expect(card.getByRole('link', { name: 'surat-tindak-lanjut.pdf' })).toBeVisible();
  await card.getByRole('textbox', { name: 'Catatan konfirmasi' }).fill('Bantuan tersalurkan; bukti diterima');
  await card.getByRole('button', { name: 'Konfirmasi: Selesai' }).click();
  await expect(card.getByTestId('follow-up-status')).toHaveText('Selesai');
  await page.context().clearCookies();
}

async function signInOn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/masuk`);
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).not.toHaveURL(/\/masuk/);
}
