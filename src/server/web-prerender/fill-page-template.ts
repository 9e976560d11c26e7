import type { Manifest } from 'vite';

export interface PageTemplateInput {
  /** dist/web/index.html as Vite wrote it. */
  shell: string;
  manifest: Manifest;
  /** The entry's stylesheets, by file name (assets/…css), with their text. */
  readStylesheet: (file: string) => string;
  language: string;
  title: string;
  /** The app's first render of the page (render-page.tsx). */
  markup: string;
  /** Manifest keys of the page's own chunks (a lazily loaded route). */
  modules: string[];
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The shell with the page's first paint in #root, ready to paint from the HTML alone on a slow phone:
 * - the entry's stylesheet (and the route's, if it has one) is inlined: a separate render-blocking request would wait behind a new connection and
 *   share the thin bandwidth with ~250 KB of scripts, so the text would paint only when it arrived;
 * - the route's lazily loaded chunks (and their static imports) are modulepreloaded beside the entry's, so they
 *   download with it instead of after the app has started and asked for them;
 * - `data-prerendered` names the language of the markup: the client hydrates it only in that language.
 */
export function fillPageTemplate(input: PageTemplateInput): string {
  const { shell, manifest } = input;
  const alreadyLoaded = new Set(
    [...shell.matchAll(/<(?:link|script)[^>]+(?:href|src)="\/([^"]+)"/g)].map((match) => match[1]),
  );
  const chunks = routeChunks(manifest, input.modules);
  const preloads = chunks.flatMap((chunk) => chunk.file).filter((file) => !alreadyLoaded.has(file));
  const routeStylesheets = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))].filter(
    (file) => !alreadyLoaded.has(file),
  );
  let html = shell
    .replace(/<html lang="[^"]*"/, `<html lang="${input.language}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(input.title)}</title>`)
    .replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (_link, file: string) =>
      inlineStyle(file, input.readStylesheet(file)),
    );
  const headEnd = html.indexOf('</head>');
  const extraLinks = [
    ...preloads.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
    ...routeStylesheets.map((file) => inlineStyle(file, input.readStylesheet(file))),
  ].join('');
  html = `${html.slice(0, headEnd)}${extraLinks}${html.slice(headEnd)}`;
  const root = '<div id="root"></div>';
  if (!html.includes(root)) throw new Error(`index.html has no empty ${root}`);
  return html.replace(
    root,
    () => `<div id="root" data-prerendered="${input.language}">${input.markup}</div>`,
  );
}

/**
 * The stylesheet's text, and a disabled link to its file: a disabled stylesheet link is not fetched, but Vite's
 * loader of lazy chunks finds it and does not download the same styles again when the route's chunk loads.
 */
const inlineStyle = (file: string, css: string) =>
  `<style data-inlined="${file}">${css.replaceAll('</style', '<\\/style')}</style>` +
  `<link rel="stylesheet" crossorigin href="/${file}" disabled>`;

/** The given modules' chunks and every chunk they import statically. */
function routeChunks(manifest: Manifest, keys: string[]): Manifest[string][] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const key of keys) {
    if (!manifest[key]) throw new Error(`${key} is not a chunk of the web build`);
    visit(key);
  }
  return [...seen].flatMap((key) => manifest[key] ?? []);
}
