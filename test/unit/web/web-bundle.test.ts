import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Manifest } from 'vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/server/project-paths';

// One production build of the web app into a temp folder, then what a visitor's phone would download from it.
let outDir = '';
let manifest: Manifest = {};

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-web-bundle-'));
  await build({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    root: path.join(projectRoot, 'src/web'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
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
