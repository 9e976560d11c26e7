import type { QueryClient } from '@tanstack/react-query';
import { currentUserQueryKey } from '../auth/current-user-query';

/** Set on a device once someone has signed in on it: from then on the outbox starts with the app, as it must
 * for entries recorded offline, whoever is signed in when it opens. */
export const outboxDeviceFlag = 'patuh.outbox-device';

interface FlagStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * Loads and starts the outbox (Dexie and the sync code, ~30 KB compressed) on a device where someone has
 * signed in, never for a visitor of the public pages: every entry belongs to the account that recorded it and
 * is only ever sent in that account's session. On a device already used by staff it starts at app start;
 * otherwise as soon as a user is known. `load` is the dynamic import, so the outbox code is a separate chunk
 * fetched then; it runs at most once.
 */
export function startOutboxWhenSignedIn(
  queryClient: QueryClient,
  storage: FlagStorage,
  load: () => Promise<void>,
): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void load();
  };
  if (storage.getItem(outboxDeviceFlag)) {
    start();
    return;
  }
  const startIfSignedIn = () => {
    if (!queryClient.getQueryData(currentUserQueryKey)) return false;
    storage.setItem(outboxDeviceFlag, '1');
    start();
    return true;
  };
  if (startIfSignedIn()) return;
  const stopWatching = queryClient.getQueryCache().subscribe((event) => {
    if (event.query.queryKey[0] === currentUserQueryKey[0] && startIfSignedIn()) stopWatching();
  });
}
