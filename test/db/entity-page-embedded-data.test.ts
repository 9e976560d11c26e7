import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { PatuhApp } from '../../src/server/app-types';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { loadConfig } from '../../src/server/config';
import type { DatabaseConnection } from '../../src/server/db/database';
import { importResults } from '../../src/server/use-cases/import-results';
import { syncReferenceData } from '../../src/server/use-cases/sync-reference-data';
import { embeddedPublicEntityElementId } from '../../src/web/features/portal/embedded-public-entity';
import { decodedBodyOf, writeWithCompressedCopies } from '../helpers/compressed-answers';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

const minute = 60_000;
/** A note that would end the embedded element early, and run a script, were `<` sent raw. */
const hostileNote = '</script><script>alert(1)</script><!--';

/** The entity page as `patuh build` writes it (web-prerender/write-prerendered-pages.ts), in both languages. */
function writeWebBuild(root: string): Record<'id' | 'en', string> {
  const pages = { id: '', en: '' };
  fs.mkdirSync(path.join(root, 'prerendered'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><body><div id="root"></div></body></html>',
  );
  for (const language of ['id', 'en'] as const) {
    pages[language] =
      `<!doctype html><html lang="${language}"><head><title>Hasil</title>` +
      `<script type="module" crossorigin src="/assets/index-Ab12.js"></script></head><body>` +
      `<div id="root" data-prerendered="${language}"><a>←</a>${'<p>bingkai</p>'.repeat(100)}</div></body></html>`;
    const file = path.join(root, `prerendered/entity.${language}.html`);
    writeWithCompressedCopies(file, pages[language]);
  }
  return pages;
}

/** The embedded element's code and JSON text, or undefined when the page has none. */
function embeddedIn(html: string): { code: string; json: string } | undefined {
  const match = new RegExp(
    `<script type="application/json" id="${embeddedPublicEntityElementId}" data-code="([^"]*)">(.*?)</script>`,
    's',
  ).exec(html);
  return match ? { code: match[1] ?? '', json: match[2] ?? '' } : undefined;
}

describe.each(testEngines())('the entity page embeds its published data on $name', (engine) => {
  const clock = createTestClock('2026-11-14T01:00:00.000Z');
  const embargoAt = new Date(clock.now().getTime() + 120 * minute);
  let app: PatuhApp;
  let database: DatabaseConnection;
  let webRoot = '';
  let dataDir = '';
  let built: Record<'id' | 'en', string>;

  beforeAll(async () => {
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-entity-page-'));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-entity-page-data-'));
    built = writeWebBuild(webRoot);
    database = await engine.open();
    await database.migrate();
    await syncReferenceData(database.db, commandLineAuditContext);
    const importFile = async (rows: string, at: Date) =>
      importResults(
        database.db,
        undefined,
        {
          fileName: 'hasil.csv',
          content: Buffer.from(`year,entity_code,score,methodology,note\n${rows}`),
          embargoAt: at,
        },
        commandLineAuditContext,
        clock.now(),
      );
    // 16.06 published now (its note tries to close the element); 16.73 only in a year still under embargo.
    await importFile(`2025,16.06,95.12,ombudsman-opini@2025,${hostileNote}\n`, clock.now());
    await importFile('2026,16.73,90.01,ombudsman-opini@2025,\n', embargoAt);
    const config = loadConfig({ LOG_LEVEL: 'silent', PATUH_DATA_DIR: dataDir });
    app = await buildApp({ config: { ...config, clock: clock.now }, database }, { webRoot });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const getPage = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip', ...headers } });

  it('embeds exactly the public API answer, with no preload of it, compressed as accepted', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/public/entities/16.06' });
    expect(api.statusCode).toBe(200);
    for (const encoding of ['br', 'gzip', '']) {
      const response = await getPage('/hasil/entitas/16.06/riwayat', { 'accept-encoding': encoding });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['content-encoding']).toBe(encoding || undefined);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers.vary).toMatch(/cookie/);
      expect(response.headers.link).toBeUndefined();
      const html = decodedBodyOf(response);
      const embedded = embeddedIn(html);
      expect(embedded?.code).toBe('16.06');
      expect(JSON.parse(embedded?.json ?? 'null')).toEqual(api.json());
      // Everything else is the page as built.
      expect(html.replace(/<script type="application\/json".*?<\/script>/s, '')).toBe(built.id);
    }
  });

  it('escapes `<` so data cannot close the element, and reads back as the same text', async () => {
    const html = decodedBodyOf(await getPage('/hasil/entitas/16.06/riwayat'));
    const embedded = embeddedIn(html);
    expect(embedded?.json).not.toContain('<');
    expect(html).not.toContain(hostileNote);
    expect(html.match(/<\/script>/g)).toHaveLength((built.id.match(/<\/script>/g)?.length ?? 0) + 1);
    const entity = JSON.parse(embedded?.json ?? 'null') as { history: { note: string | null }[] };
    expect(entity.history.map((entry) => entry.note)).toEqual([hostileNote]);
  });

  it('serves the page in the language of the cookie, with the same data', async () => {
    const html = decodedBodyOf(await getPage('/hasil/entitas/16.06/riwayat', { cookie: 'patuh_lang=en' }));
    expect(html).toContain('<html lang="en"');
    expect(embeddedIn(html)?.code).toBe('16.06');
  });

  it('answers a revisit of the unchanged page with 304 and no body, the other language in full', async () => {
    const first = await getPage('/hasil/entitas/16.06/riwayat');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    for (const ifNoneMatch of [etag, `"x", ${etag.slice(2)}`, '*']) {
      const revisit = await getPage('/hasil/entitas/16.06/riwayat', { 'if-none-match': ifNoneMatch });
      expect(revisit.statusCode).toBe(304);
      expect(revisit.rawPayload.length).toBe(0);
      expect(revisit.headers.etag).toBe(etag);
    }
    const english = await getPage('/hasil/entitas/16.06/riwayat', {
      'if-none-match': etag,
      cookie: 'patuh_lang=en',
    });
    expect(english.statusCode).toBe(200);
    expect(english.headers.etag).not.toBe(etag);
    expect(decodedBodyOf(english)).toContain('<html lang="en"');
  });

  it('embeds nothing before publication, for an entity without published results or an unknown code', async () => {
    clock.set(new Date(embargoAt.getTime() - 1000).toISOString());
    for (const code of ['16.73', '16.01', '99.99', encodeURIComponent('<x>')]) {
      const response = await getPage(`/hasil/entitas/${code}/riwayat`);
      expect(response.statusCode).toBe(200);
      const html = decodedBodyOf(response);
      expect(html).toBe(built.id);
      expect(html).not.toContain('90.01');
      // As before: the page preloads its API answer instead.
      expect(response.headers.link).toContain('/api/public/entities/');
    }
    const beforePublication = String((await getPage('/hasil/entitas/16.73/riwayat')).headers.etag);
    clock.set(embargoAt.toISOString());
    // A tag from before the publication does not keep the visitor on the page without the results.
    const afterPublication = await getPage('/hasil/entitas/16.73/riwayat', {
      'if-none-match': beforePublication,
    });
    expect(afterPublication.statusCode).toBe(200);
    const published = embeddedIn(decodedBodyOf(afterPublication));
    const entity = JSON.parse(published?.json ?? 'null') as { history: { year: number; score: number }[] };
    expect(entity.history.map((entry) => [entry.year, entry.score])).toEqual([[2026, 90.01]]);
  });
});
