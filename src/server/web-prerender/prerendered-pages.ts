/**
 * The public pages whose first paint is rendered into their HTML at build time (write-prerendered-pages.ts), so
 * a phone paints the page's title and text from the HTML instead of after ~250 KB of JavaScript. Every other
 * path (staff pages, sign-in) gets the plain shell, index.html.
 */
export interface PrerenderedPage {
  name: string;
  /** The path rendered at build time. */
  url: string;
  /** Paths served with this page's HTML. */
  pattern: RegExp;
  /**
   * Whether a query string may come with the path: the portal's first render depends on its filters (a year in
   * the query starts loading at once), so only its bare path gets the rendered HTML.
   */
  acceptsQuery: boolean;
  /** i18n keys of the document title, most specific first, as the page's usePageTitle names it. */
  titleKeys: string[];
  /** Source modules (keys of Vite's manifest) whose chunks the page needs before it can run: modulepreloaded. */
  modules: string[];
  /**
   * Public API reads the page makes as soon as it runs, from the path's match: preloaded (a `Link` header) so
   * they download beside the scripts instead of after the app has started.
   */
  dataPreloads?: (match: RegExpExecArray) => string[];
  /**
   * The entity whose public answer the server puts into this page's HTML (embed-public-entity.ts); when it
   * does, the page needs none of its `dataPreloads`.
   */
  publicEntityCode?: (match: RegExpExecArray) => string;
}

export const prerenderedLanguages = ['id', 'en'] as const;
export type PrerenderedLanguage = (typeof prerenderedLanguages)[number];

/** The cookie the web app keeps the visitor's language in (src/web/i18n/index.ts), read to pick the HTML. */
export const languageCookieName = 'patuh_lang';

export const prerenderedPages: PrerenderedPage[] = [
  { name: 'home', url: '/', pattern: /^\/$/, acceptsQuery: true, titleKeys: ['app.homeTitle'], modules: [] },
  {
    name: 'portal',
    url: '/hasil',
    pattern: /^\/hasil\/?$/,
    acceptsQuery: false,
    titleKeys: ['portal.title'],
    modules: ['features/portal/portal-page.tsx'],
  },
  {
    // The entity's name and figures come from the API, or with the HTML when published (embed-public-entity.ts);
    // the first paint is the page's frame with its loader, the same for every entity code.
    name: 'entity',
    url: '/hasil/entitas/00/riwayat',
    pattern: /^\/hasil\/entitas\/([^/]+)\/riwayat\/?$/,
    acceptsQuery: true,
    titleKeys: ['portal.title'],
    modules: ['features/portal/entity-results-page.tsx'],
    // As usePublicEntity asks for it (src/web/features/portal/portal-api.ts).
    dataPreloads: (match) => [
      `/api/public/entities/${encodeURIComponent(decodePathSegment(match[1] ?? ''))}`,
    ],
    publicEntityCode: (match) => decodePathSegment(match[1] ?? ''),
  },
];

export const prerenderedFolder = 'prerendered';

export function prerenderedFileName(page: PrerenderedPage, language: PrerenderedLanguage): string {
  return `${prerenderedFolder}/${page.name}.${language}.html`;
}

/**
 * The HTML file (relative to the web build) to answer a page request with, the API reads to preload with it,
 * and the entity whose public answer may go into it; undefined for the shell.
 */
export function pickPrerenderedFile(
  url: string,
  languageCookie: string | undefined,
): { file: string; dataPreloads: string[]; publicEntityCode?: string } | undefined {
  const [pathname = '/', query] = url.split('?', 2);
  for (const page of prerenderedPages) {
    const match = page.pattern.exec(pathname);
    if (!match || (query && !page.acceptsQuery)) continue;
    return {
      file: prerenderedFileName(page, languageCookie === 'en' ? 'en' : 'id'),
      dataPreloads: page.dataPreloads?.(match) ?? [],
      ...(page.publicEntityCode ? { publicEntityCode: page.publicEntityCode(match) } : {}),
    };
  }
  return undefined;
}

function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
