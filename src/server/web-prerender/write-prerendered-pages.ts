import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import type { Manifest } from 'vite';
import { fillPageTemplate } from './fill-page-template';
import {
  type PrerenderedLanguage,
  prerenderedFileName,
  prerenderedFolder,
  prerenderedLanguages,
  prerenderedPages,
} from './prerendered-pages';

interface RenderModule {
  renderPage(
    url: string,
    language: PrerenderedLanguage,
    titleKeys: string[],
  ): Promise<{ markup: string; title: string }>;
}

/**
 * Writes each public page's HTML, in each language, beside the web build's index.html (with the .br and .gz
 * copies the server sends), from the Node build of the app's render (src/web/prerender/render-page.tsx).
 * Runs in a child process of `patuh build` (prerender-public-pages.ts): React and Mantine never stay loaded
 * in the server.
 */
export async function writePrerenderedPages(webDir: string, renderModulePath: string): Promise<string[]> {
  const { renderPage } = (await import(pathToFileURL(renderModulePath).href)) as RenderModule;
  const shell = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const manifest = JSON.parse(fs.readFileSync(path.join(webDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const readStylesheet = (file: string) => fs.readFileSync(path.join(webDir, file), 'utf8');
  fs.rmSync(path.join(webDir, prerenderedFolder), { recursive: true, force: true });
  fs.mkdirSync(path.join(webDir, prerenderedFolder));
  const written: string[] = [];
  for (const page of prerenderedPages) {
    for (const language of prerenderedLanguages) {
      const { markup, title } = await renderPage(page.url, language, page.titleKeys);
      const html = fillPageTemplate({
        shell,
        manifest,
        readStylesheet,
        language,
        title,
        markup,
        // The language's messages are a chunk of their own (src/web/i18n/load-messages.ts), needed before the
        // app renders.
        modules: [...page.modules, ...languageChunks(manifest, language)],
      });
      const file = path.join(webDir, prerenderedFileName(page, language));
      fs.writeFileSync(file, html);
      fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(html));
      fs.writeFileSync(`${file}.gz`, zlib.gzipSync(html, { level: 9 }));
      written.push(prerenderedFileName(page, language));
    }
  }
  return written;
}

function languageChunks(manifest: Manifest, language: PrerenderedLanguage): string[] {
  const key = `i18n/locales/${language}.ts`;
  return manifest[key] ? [key] : [];
}

// `node --import tsx write-prerendered-pages.ts <web build dir> <render module>`, as prerender-public-pages.ts
// runs it.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [webDir, renderModulePath] = process.argv.slice(2);
  if (!webDir || !renderModulePath) throw new Error('usage: write-prerendered-pages <webDir> <renderModule>');
  const written = await writePrerenderedPages(webDir, renderModulePath);
  process.stdout.write(`${written.length} pages prerendered\n`);
}
