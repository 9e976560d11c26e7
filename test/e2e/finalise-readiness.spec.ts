import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import { phasesAround } from '../helpers/cycle-factory';
import { demoPassword, demoUsers } from './helpers/accounts';
import { startServer, stopServer } from './helpers/server-process';

/** The demo's cycle in the field (issue #17: it published three loci nobody accepted, with a rank among 3). */
const year = 2026;
const day = 24 * 3600;

test('the demo cycle in the field: readiness names what is missing, nothing unaccepted is published without an audited override, and no rank change between different populations', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-e2e-readiness-'));
  const port = Number(process.env.E2E_PORT ?? 3917) + 4;
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(dataDir, port, 0);
  try {
    const api = await playwrightRequest.newContext({ baseURL: base });
    const signedIn = await api.post('/api/auth/sign-in', {
      data: { email: demoUsers.admin, password: demoPassword },
    });
    expect(signedIn.ok()).toBe(true);
    // The cycle moves on to determination with an embargo one hour into publication.
    const phases = phasesAround('determination');
    const publication = phases.find((phase) => phase.code === 'publication');
    const embargoAt = new Date(Date.parse(publication?.startsAt ?? '') + 3_600_000).toISOString();
    const moved = await api.patch(`/api/cycles/${year}`, { data: { phases, embargoAt } });
    expect(moved.status(), await moved.text()).toBe(200);
    // The API refuses a finalise without an explicit scope.
    expect((await api.post(`/api/cycles/${year}/finalise`, { data: {} })).status()).toBe(400);

    await signInOn(page, base);
    await page.goto(`${base}/siklus/${year}/penetapan`);
    const readiness = page.getByTestId('finalise-readiness');
    const muba = readiness.locator('tr[data-code="16.06"]');
    await expect(muba).toContainText('Belum diterima pusat');
    await expect(muba.locator('[data-problem="units-not-verified"]')).toContainText('belum terverifikasi');
    await expect(muba.locator('[data-problem="answers-incomplete"]')).toBeVisible();
    await expect(readiness).toContainText(/0 dari \d+ lokus siap diterbitkan/);

    // "Accepted only" with nothing accepted: refused, and the page says why.
    await page.getByLabel('Saya sudah memeriksa daftar kesiapan dan menetapkan hasil ini.').check();
    await page.getByRole('button', { name: 'Tetapkan hasil' }).click();
    await expect(page.getByText(/Belum ada lokus siklus 2026 yang diterima pusat/)).toBeVisible();

    // The override publishes everything, flagged, with the reason audited.
    await page.getByLabel('Semua lokus (pengecualian admin, wajib alasan)').check();
    await page
      .getByLabel(/^Alasan pengecualian/)
      .fill('Uji: hasil sementara diterbitkan atas keputusan pimpinan.');
    await page.getByLabel('Saya sudah memeriksa daftar kesiapan dan menetapkan hasil ini.').check();
    await page.getByRole('button', { name: 'Tetapkan hasil' }).click();
    await expect(page.getByTestId('finalise-outcome')).toContainText('Hasil ditetapkan');
    await expect(page.getByTestId('finalise-outcome')).toContainText('diterbitkan dengan pengecualian admin');
    const audit = await (await api.get('/api/audit?action=results.finalise')).json();
    expect(JSON.stringify(audit)).toContain('Uji: hasil sementara diterbitkan atas keputusan pimpinan.');
    await api.dispose();

    // Past the embargo: 2026 ranks a handful of loci, 2025 ranked its sample of 8, so the entity page shows no
    // rank change.
    await stopServer(server);
    server = await startServer(dataDir, port, 10 * day);
    const later = await playwrightRequest.newContext({ baseURL: base });
    const entity = await (await later.get('/api/public/entities/16.06')).json();
    const latest = entity.history.at(-1);
    expect(latest).toMatchObject({ year, previousRankProvince: null, previousRankNational: null });
    expect(latest.flags).toEqual(expect.arrayContaining(['not-accepted', 'override']));
    await later.dispose();
    await page.goto(`${base}/hasil/entitas/16.06/riwayat`);
    const history = page.getByTestId('entity-history');
    const row2026 = history.locator('tr').filter({ hasText: String(year) });
    await expect(row2026.getByTestId('rank-not-comparable')).toContainText(
      'tahun sebelumnya diperingkat di antara 8 entitas',
    );
    await expect(row2026).not.toContainText('▲');
    await expect(row2026.locator('[data-flag="not-accepted"]')).toBeVisible();
    await expect(row2026.locator('[data-flag="override"]')).toBeVisible();
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

async function signInOn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/masuk`);
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(demoUsers.admin);
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).not.toHaveURL(/\/masuk/);
}
