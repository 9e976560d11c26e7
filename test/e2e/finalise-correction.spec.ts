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
import { demoPassword, demoUsers } from './helpers/accounts';
import { completeUnit } from './helpers/complete-unit';
import { followUpOpenOversightProducts } from './helpers/oversight-register';
import { startServer, stopServer } from './helpers/server-process';

/** A year of its own, on a server of its own: nothing else publishes it. */
const year = 2031;
const day = 24 * 3600;
const lowIndicator = 'PRS-01';

test.use({ actionTimeout: 20_000 });

test('publishes only accepted loci, then an accepted objection is corrected, re-verified, re-approved, re-accepted and re-finalised; the old piagam code answers superseded', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-e2e-correction-'));
  const port = Number(process.env.E2E_PORT ?? 3917) + 5;
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(dataDir, port, 0);
  const restart = async (offsetSeconds: number) => {
    await stopServer(server);
    server = await startServer(dataDir, port, offsetSeconds);
  };
  try {
    const admin = await signedInApi(base, demoUsers.admin);
    const call = async (method: 'post' | 'put' | 'patch' | 'get', url: string, data?: object) => {
      const response = await admin[method](url, data ? { data } : {});
      expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300);
      return response.json();
    };
    const phases = (phase: Parameters<typeof phasesAround>[0]) => {
      const placed = phasesAround(phase);
      const publication = placed.find((candidate) => candidate.code === 'publication');
      return {
        phases: placed,
        embargoAt: new Date(Date.parse(publication?.startsAt ?? '') + 3_600_000).toISOString(),
      };
    };

    // Two loci: Muba's unit is filled completely; Lubuklinggau's is never worked on.
    await call('post', '/api/cycles', {
      year,
      methodologyRef: 'ombudsman-kepatuhan@2024r1',
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
    // The 2022–2024 piagam goes to green entities with no oversight product open at the cut-off (end of data
    // collection, still ahead here): the demo's open items for Muba are followed up first.
    await followUpOpenOversightProducts(await signedInApi(base, demoUsers.coordinator), '16.06');
    const unit = await call('post', '/api/entities/16.06/units', {
      unitTypeCode: 'dinas-sosial',
      name: `Dinas Sosial koreksi ${Date.now()}`,
    });
    const other = await call('post', '/api/entities/16.73/units', {
      unitTypeCode: 'disdukcapil',
      name: `Disdukcapil uji ${Date.now()}`,
    });
    await call('put', `/api/cycles/${year}/loci/16.06`, { unitIds: [unit.id] });
    await call('put', `/api/cycles/${year}/loci/16.73`, { unitIds: [other.id] });
    await call('patch', `/api/cycles/${year}`, { phases: phasesAround('data-collection') });
    expect((await call('get', `/api/cycles/${year}`)).methodologySha256).toMatch(/^[0-9a-f]{64}$/);
    const unitBase = `/api/cycles/${year}/loci/16.06/units/${unit.id}`;
    await completeUnit(admin, unitBase, lowIndicator);
    // One service user answers at the top, so the first result is green and gets the 2022–2024 piagam
    // (green zone, Clean and Clear) whose code the correction supersedes.
    await answerSurveyAtTop(base, (await call('post', `${unitBase}/survey/link`)).code);
    await call('post', `${unitBase}/submit`, {});
    await call('patch', `/api/cycles/${year}`, { phases: phasesAround('verification') });

    // Verified, approved and accepted on the screens.
    await signInOn(page, base, demoUsers.admin);
    await verifyApproveAccept(page, base, unit.id);

    // An objection in its window, left open for now.
    await call('patch', `/api/cycles/${year}`, { phases: phasesAround('objection-window') });
    const liaison = await signedInApi(base, demoUsers.liaison);
    const filed = await liaison.post(`/api/cycles/${year}/objections`, {
      data: {
        entityCode: '16.06',
        unitId: unit.id,
        indicatorCode: lowIndicator,
        text: 'Maklumat pelayanan sudah dipajang di ruang tunggu; foto terlampir saat kunjungan.',
      },
    });
    expect(filed.status(), await filed.text()).toBe(201);
    await call('patch', `/api/cycles/${year}`, phases('determination'));

    // The readiness list names what is missing; "accepted" publishes Muba only.
    await page.goto(`${base}/siklus/${year}/penetapan`);
    const readiness = page.getByTestId('finalise-readiness');
    await expect(
      readiness.locator('tr[data-code="16.73"] [data-problem="units-not-verified"]'),
    ).toBeVisible();
    await expect(readiness.locator('tr[data-code="16.06"] [data-problem="objections-open"]')).toBeVisible();
    await finaliseOnScreen(page);
    await expect(page.getByTestId('finalise-outcome')).toContainText('1 entitas, 1 unit');
    await expect(page.getByTestId('finalise-outcome')).toContainText('tidak diterbitkan');

    // Published: the piagam's code is valid.
    await restart(10 * day);
    const first = await publicEntity(base);
    expect(first.flags).toEqual([]);
    const piagam = await fetch(`${base}/api/public/entities/16.06/piagam.pdf?year=${year}`);
    expect(
      piagam.status,
      piagam.status === 200 ? '' : `${await piagam.clone().text()} ${JSON.stringify(first)}`,
    ).toBe(200);
    const oldCode = piagam.headers.get('x-verification-code') ?? '';
    expect(oldCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(await (await fetch(`${base}/api/public/verify/${oldCode}`)).json()).toMatchObject({
      status: 'valid',
    });
    const lubuklinggau = await fetch(`${base}/api/public/entities/16.73`).then((response) => response.json());
    expect(lubuklinggau.history.map((entry: { year: number }) => entry.year)).not.toContain(year);

    // Back in determination: the objection is accepted, which reopens the unit for correction.
    await restart(0);
    const objections = await call('get', `/api/cycles/${year}/objections?entity=16.06`);
    await call('post', `/api/cycles/${year}/objections/${objections.items[0].id}/decision`, {
      decision: 'accepted',
      note: 'Maklumat terpajang; asesor mengoreksi PRS-01.',
    });
    await page.goto(`${base}/siklus/${year}/lokus/16.06/unit/${unit.id}`);
    await expect(page.getByTestId('unit-status')).toHaveText('Dikembalikan');
    await expect(page.getByTestId('unit-correction')).toContainText('Sanggahan diterima');
    const collection = await call('get', `${unitBase}/collection`);
    const low = collection.answers.find(
      (answer: { indicatorCode: string; respondentId: string | null }) =>
        answer.indicatorCode === lowIndicator && answer.respondentId === null,
    );
    const top = Math.max(
      ...collection.forms.checklists
        .flatMap(
          (checklist: { questions: { indicatorCode: string; levels: { value: number }[] }[] }) =>
            checklist.questions,
        )
        .find((question: { indicatorCode: string }) => question.indicatorCode === lowIndicator)
        .levels.map((level: { value: number }) => level.value),
    );
    await call('put', `${unitBase}/answers`, {
      respondentId: null,
      indicatorCode: lowIndicator,
      level: top,
      note: 'Dikoreksi setelah sanggahan diterima.',
      expectedVersion: low.version,
    });
    await call('post', `${unitBase}/submit`, {});
    await verifyApproveAccept(page, base, unit.id);
    await page.goto(`${base}/siklus/${year}/penetapan`);
    await finaliseOnScreen(page);
    await expect(page.getByTestId('finalise-outcome')).toContainText('1 entitas, 1 unit');
    await expect(page.getByTestId('snapshot-changes')).toContainText('berubah');

    // Published again: the corrected score, flagged; the old code answers superseded with the new one.
    await restart(10 * day);
    const corrected = await publicEntity(base);
    expect(corrected.score).toBeGreaterThan(first.score);
    expect(corrected.flags).toContain('corrected');
    await page.goto(`${base}/hasil/entitas/16.06/riwayat`);
    // The portal speaks Indonesian first: "93,28".
    await expect(page.getByTestId('entity-score')).toHaveText(corrected.score.toFixed(2).replace('.', ','));
    await expect(page.getByTestId('entity-history').locator('[data-flag="corrected"]')).toBeVisible();
    await page.goto(`${base}/verifikasi/${oldCode}`);
    const status = page.getByTestId('verification-status');
    await expect(status).toContainText('hasil tahun tersebut telah dikoreksi');
    await expect(status).toContainText('Kode piagam terbitan baru');
    await admin.dispose();
    await liaison.dispose();
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

async function signedInApi(base: string, email: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL: base });
  const signedIn = await api.post('/api/auth/sign-in', { data: { email, password: demoPassword } });
  expect(signedIn.ok()).toBe(true);
  return api;
}

async function publicEntity(base: string): Promise<{ year: number; score: number; flags: string[] }> {
  const entity = await fetch(`${base}/api/public/entities/16.06`).then((response) => response.json());
  const entry = entity.history.find((candidate: { year: number }) => candidate.year === year);
  expect(entry).toBeDefined();
  return entry;
}

/** As the admin (who may do each step): verify the unit, approve and accept Muba on their screens. */
async function verifyApproveAccept(page: Page, base: string, unitId: string): Promise<void> {
  await page.goto(`${base}/siklus/${year}/lokus/16.06/unit/${unitId}`);
  await page.getByRole('button', { name: 'Verifikasi', exact: true }).click();
  await expect(page.getByTestId('unit-status')).toHaveText('Terverifikasi');
  await page.goto(`${base}/siklus/${year}/lokus/16.06`);
  const approval = page.getByRole('region', { name: 'Persetujuan entitas' });
  await approval.getByRole('button', { name: 'Setujui entitas' }).click();
  await expect(page.getByTestId('locus-approval')).toHaveText('Disetujui koordinator');
  await approval.getByRole('button', { name: 'Terima entitas' }).click();
  await expect(page.getByTestId('locus-approval')).toHaveText('Diterima pusat');
}

async function finaliseOnScreen(page: Page): Promise<void> {
  await page.getByLabel('Saya sudah memeriksa daftar kesiapan dan menetapkan hasil ini.').check();
  await page.getByRole('button', { name: 'Tetapkan hasil' }).click();
}

async function signInOn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/masuk`);
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).not.toHaveURL(/\/masuk/);
}

async function answerSurveyAtTop(base: string, code: string): Promise<void> {
  const device = await playwrightRequest.newContext({ baseURL: base });
  const survey = await (await device.get(`/api/public/surveys/${code}`)).json();
  const levels = Object.fromEntries(
    survey.questions.map((question: { indicatorCode: string; levels: { value: number }[] }) => [
      question.indicatorCode,
      Math.max(...question.levels.map((level) => level.value)),
    ]),
  );
  const answered = await device.post(`/api/public/surveys/${code}`, { data: { levels } });
  expect(answered.status(), await answered.text()).toBe(201);
  await device.dispose();
}
