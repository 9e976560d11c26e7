import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Manifest } from 'vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { projectRoot } from '../../../src/server/project-paths';
import { en } from '../../../src/web/i18n/locales/en';
import { id } from '../../../src/web/i18n/locales/id';

// One production build of the web app into a temp folder, then what a visitor's phone would download from it.
let outDir = '';
let manifest: Manifest = {};

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-web-bundle-'));
  // Vite takes the libraries' mode from NODE_ENV, which vitest sets to "test": React's development build would
  // be measured instead of what `patuh build` ships.
  vi.stubEnv('NODE_ENV', 'production');
  try {
    await build({
      configFile: path.join(projectRoot, 'vite.config.ts'),
      root: path.join(projectRoot, 'src/web'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    vi.unstubAllEnvs();
  }
  manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}, 180_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

/** Files a page loads before anything is lazily imported: its chunks' static imports and their CSS. */
function staticFilesOf(keys: string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return [...seen].flatMap((key) => [manifest[key]?.file ?? '', ...(manifest[key]?.css ?? [])]);
}

const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
/** What a file weighs on the wire: its brotli copy (written for every text file of 1 KiB or more). */
const brotliSize = (file: string) =>
  fs.existsSync(path.join(outDir, `${file}.br`))
    ? fs.statSync(path.join(outDir, `${file}.br`)).size
    : zlib.brotliCompressSync(fs.readFileSync(path.join(outDir, file))).length;
/** Mantine class names a script renders (its class-name maps) or a stylesheet styles (rules and keyframes). */
const renderedClasses = (code: string) =>
  new Set([...code.matchAll(/["'`](m_[0-9a-f]{5,8})["'`]/g)].map((m) => m[1]));
const styledClasses = (css: string) =>
  new Set([...css.matchAll(/(?:\.|@keyframes\s+)(m_[0-9a-f]{5,8})\b/g)].map((m) => m[1]));
/** Texts of a message tree a build must carry verbatim: long plain-ASCII leaves (no quotes or escapes). */
function plainTexts(tree: object): string[] {
  return Object.values(tree).flatMap((value): string[] =>
    typeof value === 'string'
      ? /^[\w ,.()-]{30,}$/.test(value)
        ? [value]
        : []
      : value && typeof value === 'object'
        ? plainTexts(value)
        : [],
  );
}
/** A string only ECharts' code carries (the attribute it puts on every chart's element). */
const echartsMarker = '_echarts_instance_';

describe('the production web build', () => {
  it('keeps the chart library and the map data out of the landing page, and loads them only where charts are drawn', () => {
    const landing = staticFilesOf(['index.html']);
    expect(landing.length).toBeGreaterThan(0);
    for (const file of landing) expect(read(file), file).not.toContain(echartsMarker);
    expect(landing.some((file) => file.includes('.topo-'))).toBe(false);

    // Each chart type is a lazy chunk the portal pages import dynamically, never statically; the bar chart's
    // chunks do not carry the line chart and the other way round.
    for (const [kind, other] of [
      ['bar', 'line'],
      ['line', 'bar'],
    ] as const) {
      const entry = manifest[`features/portal/echart-${kind}.ts`];
      expect(entry?.isDynamicEntry).toBe(true);
      const code = staticFilesOf([`features/portal/echart-${kind}.ts`])
        .map(read)
        .join('\n');
      expect(code).toContain(echartsMarker);
      expect(staticFilesOf([`features/portal/echart-${other}.ts`]).includes(entry?.file ?? '')).toBe(false);
    }
    for (const page of ['features/portal/portal-page.tsx', 'features/portal/entity-results-page.tsx']) {
      for (const file of staticFilesOf([page])) expect(read(file), file).not.toContain(echartsMarker);
    }
    // Staff-only parts (the offline outbox's database, the account menu) stay off the landing page too.
    const landingModules = new Set(
      Object.entries(manifest)
        .filter(([, chunk]) => landing.includes(chunk.file))
        .map(([key]) => key),
    );
    expect(landingModules.has('features/auth/signed-in-layout.tsx')).toBe(false);
    expect(landingModules.has('features/auth/user-menu.tsx')).toBe(false);
  });

  it('keeps what the landing page loads within its budget: few files, at most 225 KB brotli', () => {
    // Entry, its static imports (the home page is one) and their CSS, plus the Indonesian messages every first
    // visit fetches. 225 KB leaves room for the HTML, the API answers and the headers within the page's 250 KB
    // on a first visit (bench/web-weight.bench.ts); few files because each costs a round trip on a slow network.
    const files = [...staticFilesOf(['index.html', 'i18n/locales/id.ts'])].filter(Boolean);
    const bytes = files.reduce((sum, file) => sum + brotliSize(file), 0);
    expect(files.length, files.join(', ')).toBeLessThanOrEqual(8);
    expect(bytes, files.join(', ')).toBeLessThanOrEqual(225 * 1024);
  });

  it('loads the UI messages of the active language only, each language in a chunk of its own', () => {
    const landingCode = staticFilesOf(['index.html']).map(read).join('\n');
    const indonesian = plainTexts(id);
    const english = plainTexts(en).filter((text) => !indonesian.includes(text));
    expect(indonesian.length).toBeGreaterThan(20);
    expect(english.length).toBeGreaterThan(20);
    const chunk = (key: string) => {
      expect(manifest[key]?.isDynamicEntry, key).toBe(true);
      return read(manifest[key]?.file ?? '');
    };
    const indonesianChunk = chunk('i18n/locales/id.ts');
    const englishChunk = chunk('i18n/locales/en.ts');
    for (const text of indonesian) {
      expect(indonesianChunk).toContain(text);
      expect(englishChunk).not.toContain(text);
      expect(landingCode).not.toContain(text);
    }
    for (const text of english) {
      expect(englishChunk).toContain(text);
      expect(indonesianChunk).not.toContain(text);
      expect(landingCode).not.toContain(text);
    }
  });

  it('ships the styles of each Mantine component with the chunk that renders it, not the whole stylesheet', () => {
    const stylesOf = (files: string[]) =>
      new Set(
        files.filter((file) => file.endsWith('.css')).flatMap((file) => [...styledClasses(read(file))]),
      );
    const landingFiles = staticFilesOf(['index.html']);
    const landingStyles = stylesOf(landingFiles);
    // Every class a chunk can render is styled once that chunk has loaded (after the landing page's files).
    for (const [key, chunk] of Object.entries(manifest)) {
      if (!chunk.file.endsWith('.js')) continue;
      const styles = new Set([...landingStyles, ...stylesOf(staticFilesOf([key]))]);
      const unstyled = [...renderedClasses(read(chunk.file))].filter((name) => !styles.has(name));
      expect(unstyled, key).toEqual([]);
    }
    // The landing page renders no table, so it carries no table styles (they come with the pages that do).
    const tableClasses = renderedClasses(
      fs.readFileSync(
        path.join(projectRoot, 'node_modules/@mantine/core/esm/components/Table/Table.module.mjs'),
        'utf8',
      ),
    );
    expect(tableClasses.size).toBeGreaterThan(3);
    for (const name of tableClasses) expect(landingStyles.has(name), name).toBe(false);
  });

  it('names every map file by its content hash, simplified per zoom level', () => {
    const mapFiles = fs
      .readdirSync(path.join(outDir, 'assets'))
      .filter((name) => /\.topo-[\w-]+\.json$/.test(name));
    // One coarse national file per level, one detailed file per province (38), all under assets/ with a hash.
    expect(mapFiles.filter((name) => /^provinces\.topo-[\w-]+\.json$/.test(name))).toHaveLength(1);
    const national = mapFiles.filter((name) => /^regencies\.topo-[\w-]+\.json$/.test(name));
    expect(national).toHaveLength(1);
    expect(mapFiles.filter((name) => /^regencies-\d\d\.topo-[\w-]+\.json$/.test(name))).toHaveLength(38);
    // The national file is far smaller than the full boundary file it is made from (701 KB).
    expect(fs.statSync(path.join(outDir, 'assets', national[0] ?? '')).size).toBeLessThan(250_000);
  });

  it('writes a brotli and a gzip copy beside every text file, each decompressing to the original', () => {
    const assets = fs.readdirSync(path.join(outDir, 'assets')).map((name) => `assets/${name}`);
    const textFiles = ['index.html', ...assets].filter(
      (file) => /\.(?:js|css|json|html)$/.test(file) && fs.statSync(path.join(outDir, file)).size >= 1024,
    );
    expect(textFiles.length).toBeGreaterThan(10);
    for (const file of textFiles) {
      const original = fs.readFileSync(path.join(outDir, file));
      const brotli = fs.readFileSync(path.join(outDir, `${file}.br`));
      const gzip = fs.readFileSync(path.join(outDir, `${file}.gz`));
      expect(zlib.brotliDecompressSync(brotli).equals(original), file).toBe(true);
      expect(zlib.gunzipSync(gzip).equals(original), file).toBe(true);
    }
  });
});
