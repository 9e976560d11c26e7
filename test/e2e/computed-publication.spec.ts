import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { phasesAround } from '../helpers/cycle-factory';
import { demoPassword, demoUsers } from './helpers/accounts';
import { startServer, stopServer } from './helpers/server-process';

/** A year no demo data uses, so the public portal has nothing for it until this test publishes it. */
const year = 2030;
const day = 24 * 3600;

test('a finalised computed cycle publishes itself at its embargo time', async ({ page }) => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-e2e-computed-'));
  const port = Number(process.env.E2E_PORT ?? 3917) + 2;
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(dataDir, port, 0);
  try {
    const api = await playwrightRequest.newContext({ baseURL: base });
    const signedIn = await api.post('/api/auth/sign-in', {
      data: { email: demoUsers.admin, password: demoPassword },
    });
    expect(signedIn.ok()).toBe(true);
    const call = async (method: 'post' | 'put' | 'patch' | 'get', url: string, data?: object) => {
      const response = await api[method](url, data ? { data } : {});
      expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300);
      return response.json();
    };

    // A small computed cycle: Musi Banyuasin with one unit, one interviewed official and a few answers.
    await call('post', '/api/cycles', {
      year,
      methodologyRef: 'ombudsman-kepatuhan@2024r1',
      phases: phasesAround('entry-meetings'),
      decreeNumber: null,
      decreeDate: null,
      embargoAt: null,
    });
    const unit = await call('post', '/api/entities/16.06/units', {
      unitTypeCode: 'dinas-sosial',
      name: `Dinas Sosial uji publikasi ${Date.now()}`,
    });
    await call('put', `/api/cycles/${year}/loci/16.06`, { unitIds: [unit.id] });
    await call('patch', `/api/cycles/${year}`, { phases: phasesAround('data-collection') });
    expect((await call('get', `/api/cycles/${year}`)).methodologySha256).toMatch(/^[0-9a-f]{64}$/);
    const unitBase = `/api/cycles/${year}/loci/16.06/units/${unit.id}`;
    const head = await call('post', `${unitBase}/respondents`, {
      roleCode: 'kepala-unit',
      name: 'Kepala Dinas',
    });
    const headId = head.id ?? head.respondent?.id;
    for (const [indicatorCode, level] of [
      ['INP-K01', 3],
      ['INP-K02', 2],
      ['INP-K03', 3],
    ] as const)
      await call('put', `${unitBase}/answers`, {
        respondentId: headId,
        indicatorCode,
        level,
        note: '',
        expectedVersion: 0,
      });
    const phases = phasesAround('determination');
    const publication = phases.find((phase) => phase.code === 'publication');
    const embargoAt = new Date(Date.parse(publication?.startsAt ?? '') + 3_600_000).toISOString();
    await call('patch', `/api/cycles/${year}`, { phases, embargoAt, decreeNumber: `SK 9/${year}` });

    // The admin finalises on the screen and sees the snapshot's rows as new.
    await signInOn(page, base);
    await page.goto(`${base}/siklus/${year}/penetapan`);
    await expect(page.getByTestId('finalise-readiness')).toContainText('Belum diterima pusat');
    // Nothing accepted: only the admin's override with a reason publishes, after an explicit confirmation.
    await page.getByLabel('Semua lokus (pengecualian admin, wajib alasan)').check();
    await page.getByLabel(/^Alasan pengecualian/).fill('Uji publikasi: lokus uji belum diterima pusat.');
    await expect(page.getByRole('button', { name: 'Tetapkan hasil' })).toBeDisabled();
    await page.getByLabel('Saya sudah memeriksa daftar kesiapan dan menetapkan hasil ini.').check();
    await page.getByRole('button', { name: 'Tetapkan hasil' }).click();
    await expect(page.getByTestId('finalise-outcome')).toContainText('1 entitas, 1 unit');
    await expect(page.getByTestId('finalise-outcome')).toContainText('diterbitkan dengan pengecualian admin');
    await expect(page.getByTestId('snapshot-changes')).toContainText('Snapshot pertama tahun ini');
    await expect(page.getByRole('table', { name: 'Unit' })).toContainText('baru');

    // Before the embargo the public answers as if the year did not exist.
    expect(await publicYears(api)).not.toContain(year);
    expect((await api.get(`/api/public/results?year=${year}`)).status()).toBe(404);
    await page.goto(`${base}/hasil?tahun=${year}`);
    await expect(page.getByText(`Hasil tahun ${year} belum dipublikasikan.`)).toBeVisible();
    await api.dispose();

    // The same data with the server clock past the embargo: nobody publishes anything, it is just shown.
    await stopServer(server);
    server = await startServer(dataDir, port, 10 * day);
    const later = await playwrightRequest.newContext({ baseURL: base });
    expect(await publicYears(later)).toContain(year);
    const results = await (await later.get(`/api/public/results?year=${year}`)).json();
    expect(results.items).toEqual([expect.objectContaining({ entityCode: '16.06', rankNational: 1 })]);
    await later.dispose();
    await page.goto(`${base}/hasil?tahun=${year}`);
    await expect(page.getByText(`SK 9/${year}`)).toBeVisible();
    await expect(page.getByTestId('rankings-table')).toContainText('Musi Banyuasin');
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

async function publicYears(api: APIRequestContext): Promise<number[]> {
  const body = await (await api.get('/api/public/cycles')).json();
  return body.items.map((cycle: { year: number }) => cycle.year);
}

async function signInOn(page: import('@playwright/test').Page, base: string): Promise<void> {
  await page.goto(`${base}/masuk`);
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(demoUsers.admin);
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).not.toHaveURL(/\/masuk/);
}
