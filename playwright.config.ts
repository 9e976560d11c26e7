import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a browser downloaded by the test tool.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromiumPath)) {
  throw new Error(
    `Chromium not found at ${chromiumPath}. Install it with "apt-get install chromium" ` +
      '(Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary. End-to-end tests never skip.',
  );
}

const port = Number(process.env.E2E_PORT ?? 3917);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-e2e-'));

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'id-ID',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      // This machine has no outside network: keep Chromium from trying to reach Google's services.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node bin/patuh.js serve --no-build',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { PORT: String(port), PATUH_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  },
});
