import i18next from 'i18next';
import type { CurrentUser } from '../../../contracts/auth.contract';
import { queryClient } from '../../lib/query-client';
import { currentUserQueryKey } from '../auth/current-user-query';
import { type OutboxDatabase, openOutboxDatabase } from './outbox-database';
import { type DrainResult, drainOutbox } from './outbox-runner';

/** The Background Sync tag: the service worker drains the outbox when the phone gets a connection. */
export const outboxSyncTag = 'patuh-outbox';
const lockName = 'patuh-outbox';
/** Longest wait for one request of the outbox: a 256 KB chunk needs ~5 s on slow 3G, a busy server a few more. */
const sendTimeoutMs = 60_000;

export type SyncPause = 'signed-out' | null;

interface SyncState {
  running: boolean;
  pause: SyncPause;
  retryAt: number | null;
}

let database: OutboxDatabase | undefined;
let state: SyncState = { running: false, pause: null, retryAt: null };
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let again = false;
const listeners = new Set<() => void>();

export function outboxDatabase(): OutboxDatabase {
  database ??= openOutboxDatabase();
  return database;
}

/** The signed-in account, which owns what is written now and whose entries alone are sent; null when signed out. */
export function currentOutboxUserId(): string | null {
  return queryClient.getQueryData<CurrentUser | null>(currentUserQueryKey)?.id ?? null;
}

function setState(next: Partial<SyncState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export function subscribeSyncState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function syncState(): SyncState {
  return state;
}

/**
 * Sends what waits in the outbox now. One sender at a time across tabs and the service worker (Web Locks), so
 * two of them never send the same entry in parallel; a failed entry is retried when its backoff ends.
 */
export async function requestOutboxSync(): Promise<void> {
  if (state.pause === 'signed-out') return;
  const userId = currentOutboxUserId();
  // No known account, nothing is sent: every entry belongs to the account that recorded it.
  if (!userId) return;
  if (state.running) {
    again = true;
    return;
  }
  clearTimeout(retryTimer);
  setState({ running: true });
  let result: DrainResult | undefined;
  try {
    do {
      again = false;
      result = await withOutboxLock(() =>
        drainOutbox({
          db: outboxDatabase(),
          userId,
          // A request the network swallows (no answer, no error) must not hold the queue for good: it fails
          // after a while and is sent again with the same key, which the server answers once.
          fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(sendTimeoutMs) }),
          now: () => Date.now(),
          random: Math.random,
          language: () => i18next.language || 'id',
        }),
      );
    } while (again && result.status === 'idle');
  } finally {
    setState({ running: false });
  }
  if (result.status === 'signed-out') {
    setState({ pause: 'signed-out', retryAt: null });
    // The layout sends the user to sign in; the outbox keeps everything and resumes after that.
    queryClient.setQueryData(currentUserQueryKey, null);
  } else if (result.status === 'waiting') {
    setState({ retryAt: result.retryAt });
    retryTimer = setTimeout(() => void requestOutboxSync(), Math.max(0, result.retryAt - Date.now()));
    void registerBackgroundSync();
  } else setState({ retryAt: null });
}

/** The connection is back or the user opened the app: entries waiting out a backoff go now. */
export async function retryOutboxNow(): Promise<void> {
  await outboxDatabase().entries.where('state').equals('failed').modify({ nextAttemptAt: 0 });
  await requestOutboxSync();
}

/** Called after signing in again: the entries kept during the pause go out with the new session. */
export function resumeOutboxAfterSignIn(): void {
  setState({ pause: null });
  void retryOutboxNow();
}

export async function withOutboxLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return work();
  return locks.request(lockName, work);
}

/** Asks the browser to wake the service worker when a connection comes back, even with the tab closed. */
export async function registerBackgroundSync(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    const sync = (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)?.sync;
    await sync?.register(outboxSyncTag);
  } catch {
    // No Background Sync here (Firefox, Safari): app start and the online event still send the outbox.
  }
}

/** Starts sending at app start and whenever the browser says the connection is back. */
export function startOutboxSync(): void {
  window.addEventListener('online', () => void retryOutboxNow());
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if ((event.data as { type?: unknown } | null)?.type === 'outbox-synced') setState({});
  });
  void retryOutboxNow();
}
