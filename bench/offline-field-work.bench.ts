import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect } from '@playwright/test';
import { demoPassword } from '../src/server/demo/demo-users';
import { openDataCollection } from '../test/e2e/helpers/data-collection';
import { answerEveryIndicator, recordMissingOfficials } from '../test/e2e/helpers/offline-field-work';
import { startServer, stopServer } from '../test/e2e/helpers/server-process';
import { freePort } from '../test/helpers/free-port';
import { demoEmailByRole } from '../test/helpers/sign-in';
import type { BenchFigures } from './scoring.bench';

/** Chrome DevTools' "Slow 3G": 400 ms round trip, about 400 kbit/s down and up. */
const slow3g = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const year = 2046;

/**
 * Field work on a phone: (1) bytes and time of a first load of the unit form (empty cache, no service worker
 * yet) on emulated slow 3G, until its heading shows; (2) the sync time of a whole unit captured offline (4
 * officials, every indicator answered) once the connection returns, until the indicator says "Semua
 * tersimpan". Runs the production build (`npm run build` first) in Debian's Chromium.
 */
export async function runOfflineFieldWorkBench(): Promise<BenchFigures> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'patuh-bench-offline-'));
  const port = await freePort();
  const server = await startServer(dataDir, port, 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const baseURL = `http://127.0.0.1:${port}`;
    const admin = await browser.newContext({ baseURL });
    const adminPage = await admin.newPage();
    await adminPage.request.post('/api/auth/sign-in', {
      data: { email: demoEmailByRole.admin, password: demoPassword },
    });
    const unitId = await openDataCollection(adminPage, year);
    await admin.close();

    const context = await browser.newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      locale: 'id-ID',
    });
    const page = await context.newPage();
    await page.request.post('/api/auth/sign-in', {
      data: { email: demoEmailByRole.assessor, password: demoPassword },
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', slow3g);
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
    });
    const unitUrl = `/siklus/${year}/lokus/16.06/unit/${unitId}`;
    const loadStart = performance.now();
    await page.goto(unitUrl);
    await expect(page.getByRole('heading', { level: 1, name: /Dinas Sosial/ })).toBeVisible({
      timeout: 180_000,
    });
    const loadMs = performance.now() - loadStart;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    await context.setOffline(true);
    await recordMissingOfficials(page);
    const answers = await answerEveryIndicator(page);
    await expect(page.getByRole('status', { name: /perubahan menunggu$/ })).toBeVisible();
    const syncStart = performance.now();
    await context.setOffline(false);
    // A figure, not a test: a sync that does not finish is reported with what was still waiting.
    const synced = await expect(page.getByRole('status', { name: 'Status sinkronisasi: Semua tersimpan' }))
      .toBeVisible({ timeout: 180_000 })
      .then(
        () => true,
        () => false,
      );
    const syncMs = performance.now() - syncStart;
    const left = synced
      ? ''
      : ` NOT finished: ${await page.getByRole('status', { name: /^Status sinkronisasi/ }).textContent()}`;
    return {
      name: 'Offline field work (unit form on a phone)',
      lines: [
        `first load of the unit form on slow 3G: ${(bytes / 1024).toFixed(0)} KiB transferred, ${(loadMs / 1000).toFixed(1)} s to the heading`,
        `sync of a unit captured offline (4 officials, ${answers} answers): ${(syncMs / 1000).toFixed(1)} s after the connection returned${left}`,
      ],
    };
  } finally {
    await browser.close();
    await stopServer(server);
    await rm(dataDir, { recursive: true, force: true });
  }
}
