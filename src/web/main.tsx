// Mantine's base styles; each component's own stylesheet comes with the chunk that uses it
// (src/web/mantine-styles-per-component.ts).
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import './phone-layout.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { startOutboxWhenSignedIn } from './features/offline/start-outbox-when-signed-in';
import { initI18n } from './i18n';
import { queryClient } from './lib/query-client';
import { router } from './router';
import { theme } from './theme';

await initI18n();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('#root is missing from index.html');

// Whatever an earlier visit left in the outbox goes out now on a device where staff have signed in, and again
// whenever the connection returns; a visitor of the public pages never downloads the IndexedDB code.
startOutboxWhenSignedIn(queryClient, window.localStorage, () =>
  import('./features/offline/outbox-sync').then((module) => module.startOutboxSync()),
);

const app = (
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>
);
// A public page's HTML carries its first paint, rendered at build time by these same components
// (src/server/web-prerender): React takes that markup over instead of painting the page again. The route's lazy
// chunk is loaded first, so the first render matches it. Markup in another language than the visitor's
// (chosen before the language cookie existed) is replaced by a fresh render.
if (rootElement.dataset.prerendered === i18next.language) {
  await router.load();
  hydrateRoot(rootElement, app);
} else {
  createRoot(rootElement).render(app);
}
