import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRouter, RouterProvider } from '@tanstack/react-router';
import i18next from 'i18next';
import { StrictMode, Suspense } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { initReactI18next } from 'react-i18next';
import { i18nOptions, loadMessages } from '../i18n/load-messages';
import { queryClient as appQueryClient } from '../lib/query-client';
import { parsePlainSearch, stringifyPlainSearch } from '../lib/search-params';
import { routeTree } from '../router';
import { theme } from '../theme';

export type PrerenderLanguage = 'id' | 'en';

export interface PrerenderedPage {
  /** The markup inside `<div id="root">`, as the app's first render on the client produces it. */
  markup: string;
  /** The document title the page sets once it runs (usePageTitle). */
  title: string;
}

let i18nReady: Promise<unknown> | undefined;

/**
 * The first paint of a public page, rendered at build time by the app's own components (layout, header, page)
 * in the state the browser's first render has: no answer from the API yet (who is signed in, published data).
 * The client hydrates this markup (src/web/main.tsx), so what paints from the HTML is what the app shows.
 */
export async function renderPage(
  url: string,
  language: PrerenderLanguage,
  titleKeys: string[],
): Promise<PrerenderedPage> {
  i18nReady ??= Promise.all([loadMessages('id'), loadMessages('en')]).then(([id, en]) =>
    i18next.use(initReactI18next).init({
      ...i18nOptions,
      resources: { id: { translation: id }, en: { translation: en } },
      lng: language,
    }),
  );
  await i18nReady;
  await i18next.changeLanguage(language);
  // A client of its own per page, set like the app's: nothing is fetched while rendering, so every query is
  // pending, as in the browser's first render before any answer.
  const queryClient = new QueryClient({ defaultOptions: appQueryClient.getDefaultOptions() });
  const router = createRouter({
    routeTree,
    context: { queryClient },
    history: createMemoryHistory({ initialEntries: [url] }),
    parseSearch: parsePlainSearch,
    stringifySearch: stringifyPlainSearch,
    // In the browser the router renders its matches inside a Suspense boundary; on the server it does not. The
    // same boundary here gives the HTML the boundary's markers, so hydration finds the tree it renders.
    InnerWrap: ({ children }) => <Suspense fallback={null}>{children}</Suspense>,
  });
  await router.load();
  // A lazily loaded page would suspend once more while rendering (and come out as a streamed boundary with an
  // inline script): its chunk is loaded before, as the client does before hydrating.
  await Promise.all(
    router.state.matches.map((match) => {
      const component: unknown = router.routesById[match.routeId]?.options.component;
      return hasPreload(component) ? component.preload() : undefined;
    }),
  );
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
    // Every boundary inline: past this many bytes React would move a boundary's content to the end of the HTML
    // with an inline script to put it in place, which the Content-Security-Policy refuses.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk));
  // Keys come from the server's page list as plain strings: read as resources, falling back to the key.
  const text = (key: string) => String(i18next.getResource(language, 'translation', key) ?? key);
  const title = [...titleKeys, 'app.name'].map(text).join(' · ');
  return { markup: Buffer.concat(chunks).toString('utf8'), title };
}

function hasPreload(component: unknown): component is { preload: () => Promise<void> } {
  return typeof component === 'function' && 'preload' in component && typeof component.preload === 'function';
}
