import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { PatuhApp } from '../../src/server/app-types';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { loadConfig } from '../../src/server/config';
import type { DatabaseConnection } from '../../src/server/db/database';
import { syncReferenceData } from '../../src/server/use-cases/sync-reference-data';
import { decodedBodyOf, writeWithCompressedCopies } from '../helpers/compressed-answers';
import { testEngines } from '../helpers/test-database';

const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, index) => `kata-${index}`))};\n`;
const mapData = JSON.stringify({
  type: 'Topology',
  arcs: Array.from({ length: 600 }, (_, index) => [[index, 1]]),
});
const indexHtml = `<!doctype html><html lang="id"><body><div id="root"></div>${'<!-- isi -->'.repeat(200)}</body></html>`;
const scriptPath = '/assets/index-Ab12Cd34.js';
const mapPath = '/assets/regencies.topo-Xy12Ab34.json';

/** A web build as `vite build` writes it: each text file with its .br and .gz beside it. */
function writeWebBuild(root: string): void {
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  for (const [file, text] of [
    ['index.html', indexHtml],
    [scriptPath, script],
    [mapPath, mapData],
  ] as const) {
    writeWithCompressedCopies(path.join(root, file), text);
  }
}

describe.each(testEngines())('HTTP compression on $name', (engine) => {
  let app: PatuhApp;
  let database: DatabaseConnection;
  let webRoot = '';
  let dataDir = '';
  const pdfBytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(8192, 'a')]);

  beforeAll(async () => {
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-web-root-'));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-compression-'));
    writeWebBuild(webRoot);
    database = await engine.open();
    await database.migrate();
    await syncReferenceData(database.db, commandLineAuditContext);
    const config = loadConfig({ LOG_LEVEL: 'silent', PATUH_DATA_DIR: dataDir });
    app = await buildApp({ config, database }, { webRoot });
    // An already-compressed kind of answer (a PDF), as the documents routes send.
    app.get('/api/test/pdf', { config: { access: 'public' } }, (_request, reply) =>
      reply.type('application/pdf').send(pdfBytes),
    );
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

  it('sends JSON answers with brotli or gzip as accepted, and as they are otherwise', async () => {
    const plain = await get('/api/docs/json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const document = JSON.parse(plain.body);
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const brotli = await get('/api/docs/json', 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(decodedBodyOf(brotli))).toEqual(document);

    const gzip = await get('/api/docs/json', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decodedBodyOf(gzip))).toEqual(document);

    expect((await get('/api/docs/json', 'identity')).headers['content-encoding']).toBeUndefined();
  });

  it('leaves small answers and already-compressed kinds alone', async () => {
    const health = await get('/api/health/live', 'br, gzip');
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json()).toEqual({ status: 'ok' });

    const pdf = await get('/api/test/pdf', 'br, gzip');
    expect(pdf.headers['content-encoding']).toBeUndefined();
    expect(pdf.rawPayload.equals(pdfBytes)).toBe(true);
  });

  it('serves the precompressed copy of a built file as accepted, the plain file otherwise', async () => {
    for (const [acceptEncoding, expected] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      [undefined, undefined],
      ['identity', undefined],
    ] as const) {
      const response = await get(scriptPath, acceptEncoding);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding'], String(acceptEncoding)).toBe(expected);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(decodedBodyOf(response)).toBe(script);
    }
    // The compressed copies are not addresses of their own.
    expect((await get(`${scriptPath}.br`)).statusCode).toBe(404);
  });

  it('caches the map data immutable under its content hash, compressed', async () => {
    const response = await get(mapPath, 'br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(decodedBodyOf(response)).toBe(mapData);
  });

  it('answers a page of the app with index.html, compressed and never cached stale', async () => {
    const response = await get('/hasil', 'br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-encoding']).toBe('br');
    expect(decodedBodyOf(response)).toBe(indexHtml);
    const plain = await get('/hasil');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(indexHtml);
  });
});
