import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/server/project-paths';
import { prerenderPublicPages } from '../../../src/server/web-prerender/prerender-public-pages';
import { pickPrerenderedFile } from '../../../src/server/web-prerender/prerendered-pages';
import { en } from '../../../src/web/i18n/locales/en';
import { id } from '../../../src/web/i18n/locales/id';

// One production build of the web app into a temp folder, then the build step that writes the public pages'
// first paint into it (as `patuh build` runs it), and what each page's HTML holds.
let outDir = '';
let bundleDir = '';

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-prerender-web-'));
  // Inside the project, as dist/prerender is: the Node build imports its packages from node_modules.
  fs.mkdirSync(path.join(projectRoot, 'dist'), { recursive: true });
  bundleDir = fs.mkdtempSync(path.join(projectRoot, 'dist', '.prerender-test-'));
  await build({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    root: path.join(projectRoot, 'src/web'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  await prerenderPublicPages({ webDir: outDir, bundleDir });
}, 240_000);

afterAll(() => {
  for (const dir of [outDir, bundleDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
const rootOf = (html: string) => html.slice(html.indexOf('<div id="root"'), html.indexOf('</body>'));
const h1 = (text: string) => new RegExp(`<h1[^>]*>${text}</h1>`);

describe('the prerendered public pages', () => {
  it("hold the landing page's title and intro in each language, and the shell holds none", () => {
    const home = read('prerendered/home.id.html');
    expect(rootOf(home)).toMatch(h1(id.home.title));
    expect(rootOf(home)).toContain(id.home.intro);
    expect(home).toContain('<html lang="id"');
    expect(home).toContain(`<title>${id.app.homeTitle} · ${id.app.name}</title>`);
    const homeEn = read('prerendered/home.en.html');
    expect(rootOf(homeEn)).toMatch(h1(en.home.title));
    expect(rootOf(homeEn)).toContain(en.home.intro);
    expect(homeEn).toContain('<html lang="en"');

    // Staff pages and the sign-in page are answered with the shell: no landing text in it.
    const shell = read('index.html');
    expect(shell).toContain('<div id="root"></div>');
    expect(shell).not.toContain(id.home.title);
    expect(shell).not.toContain(id.home.intro);
  });

  it('render each page as itself: the portal and entity pages carry no landing text', () => {
    const portal = rootOf(read('prerendered/portal.id.html'));
    expect(portal).toMatch(h1(id.portal.title));
    expect(portal).toContain(id.portal.intro);
    const entity = rootOf(read('prerendered/entity.id.html'));
    expect(entity).toContain(id.portal.entity.back);
    for (const page of [portal, entity]) {
      expect(page).not.toContain(id.home.title);
      expect(page).not.toContain(id.home.intro);
    }
  });

  it('paint without a request or script of their own: CSS inlined, route chunks preloaded, no inline script', () => {
    const manifest = JSON.parse(read('.vite/manifest.json')) as Record<string, { file: string }>;
    for (const name of ['home', 'portal', 'entity']) {
      for (const language of ['id', 'en']) {
        const html = read(`prerendered/${name}.${language}.html`);
        // The Content-Security-Policy allows scripts from files only.
        expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), `${name}.${language}`).toBeNull();
        // Only disabled links to the inlined files (never fetched; they keep Vite from loading them again).
        expect(html).not.toMatch(/<link rel="stylesheet"(?![^>]*\bdisabled)[^>]*>/);
        expect(html).toContain('<style data-inlined=');
        expect(html).toContain(`data-prerendered="${language}"`);
        expect(fs.existsSync(path.join(outDir, `prerendered/${name}.${language}.html.br`))).toBe(true);
      }
    }
    const portalChunk = manifest['features/portal/portal-page.tsx']?.file;
    expect(read('prerendered/portal.id.html')).toContain(
      `<link rel="modulepreload" crossorigin href="/${portalChunk}">`,
    );
  });
});

describe('picking the HTML of a page request', () => {
  it('answers the public pages with their HTML in the cookie’s language, everything else with the shell', () => {
    expect(pickPrerenderedFile('/', undefined)?.file).toBe('prerendered/home.id.html');
    expect(pickPrerenderedFile('/', 'en')?.file).toBe('prerendered/home.en.html');
    expect(pickPrerenderedFile('/hasil', 'id')?.file).toBe('prerendered/portal.id.html');
    // A filtered portal starts loading at once: its first render differs from the prerendered one.
    expect(pickPrerenderedFile('/hasil?tahun=2024', 'id')).toBeUndefined();
    expect(pickPrerenderedFile('/masuk', undefined)).toBeUndefined();
    expect(pickPrerenderedFile('/siklus/2026', undefined)).toBeUndefined();
    expect(pickPrerenderedFile('/hasil/entitas/16.06/riwayat', 'id')).toEqual({
      file: 'prerendered/entity.id.html',
      dataPreloads: ['/api/public/entities/16.06'],
      publicEntityCode: '16.06',
    });
    // The code as the page's route reads it: decoded from the path.
    expect(pickPrerenderedFile('/hasil/entitas/16%2006/riwayat', 'en')?.publicEntityCode).toBe('16 06');
  });
});
