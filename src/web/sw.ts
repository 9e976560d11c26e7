// The service worker (built by vite-plugin-pwa, injectManifest): opens the app without a network, keeps the
// field data an assessor prepared, and sends the outbox when Background Sync wakes it.
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { openOutboxDatabase } from './features/offline/outbox-database';
import { drainOutbox } from './features/offline/outbox-runner';
import { readOutboxAccount } from './features/offline/read-outbox-account';
import {
  apiCacheName,
  evidenceCacheName,
  isEvidenceFile,
  isFieldDataRead,
} from './features/offline/sw-routes';

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SyncEvent extends ExtendableEvent {
  tag: string;
}
interface WorkerScope {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
  skipWaiting(): Promise<void>;
  clients: { matchAll(): Promise<Array<{ postMessage(message: unknown): void }>> };
  addEventListener(type: 'sync', listener: (event: SyncEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const worker = self as unknown as WorkerScope;

// The first install takes the open page at once, so "prepare for field work" on the first visit is cached
// through it; later versions wait for the user's "reload" (update prompt) instead.
clientsClaim();
cleanupOutdatedCaches();
// Written out as `self.__WB_MANIFEST`: the build looks for that exact text to put the precache list in.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST);

// Every page of the app is the same index.html; survey pages (/s/, /k/) and the API are rendered by the server.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//, /^\/s\//, /^\/k\//] }),
);

// Field data: the network when there is one (never stale while online), the last copy when there is none.
registerRoute(
  ({ url, request }) => request.method === 'GET' && isFieldDataRead(url),
  new NetworkFirst({
    cacheName: apiCacheName,
    networkTimeoutSeconds: 10,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 2000, maxAgeSeconds: 60 * 60 * 24 * 120 }),
    ],
  }),
);

// An evidence file never changes under its id: once stored, it is shown from the device.
registerRoute(
  ({ url, request }) => request.method === 'GET' && isEvidenceFile(url),
  new CacheFirst({
    cacheName: evidenceCacheName,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 1000, maxAgeSeconds: 60 * 60 * 24 * 120, purgeOnQuotaError: true }),
    ],
  }),
);

worker.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

// The connection came back with no tab open: send the outbox here. Web Locks keep a tab and this worker from
// sending at the same time; the idempotency keys make even that harmless.
worker.addEventListener('sync', (event) => {
  if (event.tag !== 'patuh-outbox') return;
  event.waitUntil(
    navigator.locks.request('patuh-outbox', async () => {
      // Whose session this browser holds decides which entries may go: another account's stay untouched.
      const me = await fetch('/api/auth/me', {
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
      if (!me.ok) return;
      const account = readOutboxAccount(await me.json());
      if (!account) return;
      const result = await drainOutbox({
        db: openOutboxDatabase(),
        userId: account.userId,
        fetch: (input, init) => fetch(input, init),
        now: () => Date.now(),
        random: Math.random,
        language: () => account.language,
      });
      for (const client of await worker.clients.matchAll()) client.postMessage({ type: 'outbox-synced' });
      // Throwing asks the browser to try the sync again later (with its own backoff).
      if (result.status === 'waiting') throw new Error('outbox not empty');
    }),
  );
});
