import '@mantine/core/styles.css';
import './phone-layout.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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

createRoot(rootElement).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
