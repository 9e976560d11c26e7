import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { PatuhApp } from '../../src/server/app-types';
import { loadConfig } from '../../src/server/config';
import type { DatabaseConnection } from '../../src/server/db/database';
import { documentOnlyHeaderNames } from '../../src/server/security/register-security-headers';
import { testEngines } from '../helpers/test-database';

const scriptPath = '/assets/index-Ab12Cd34.js';
const stylePath = '/assets/index-Ef56Gh78.css';

/** A small web build: the shell, a fingerprinted script (with its .br) and style sheet, the service worker. */
function writeWebBuild(root: string): void {
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html lang="id"><body><div id="root"></div></body></html>',
  );
  const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, index) => `kata-${index}`))};\n`;
  fs.writeFileSync(path.join(root, scriptPath), script);
  fs.writeFileSync(path.join(root, `${scriptPath}.br`), zlib.brotliCompressSync(script));
  fs.writeFileSync(path.join(root, stylePath), 'body{margin:0}\n');
  fs.writeFileSync(path.join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
}

describe.each(testEngines())('document-only headers on documents only, on $name', (engine) => {
  let app: PatuhApp;
  let database: DatabaseConnection;
  let webRoot = '';
  let dataDir = '';

  beforeAll(async () => {
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-web-root-'));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-asset-headers-'));
    writeWebBuild(webRoot);
    database = await engine.open();
    await database.migrate();
    const config = loadConfig({ LOG_LEVEL: 'silent', PATUH_DATA_DIR: dataDir });
    app = await buildApp({ config, database }, { webRoot });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends a fingerprinted script or style sheet without the policy, with nosniff and its caching', async () => {
    for (const [url, acceptEncoding] of [
      [scriptPath, undefined],
      [scriptPath, 'br'],
      [stylePath, undefined],
    ] as const) {
      const response = await get(url, acceptEncoding);
      expect(response.statusCode, url).toBe(200);
      for (const name of documentOnlyHeaderNames)
        expect(response.headers[name], `${url} ${name}`).toBeUndefined();
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers.vary).toMatch(/accept-encoding/i);
    }
  });

  it('keeps the policy on pages, on the service worker and on a page path under assets/', async () => {
    for (const url of ['/', '/hasil', '/assets/not-a-file', '/sw.js', '/api/health/live']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-security-policy'], url).toContain("script-src 'self'");
      expect(response.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(response.headers['cross-origin-opener-policy'], url).toBe('same-origin');
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });
});
