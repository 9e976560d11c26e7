import type { QueryClient } from '@tanstack/react-query';
import { currentUserQueryKey } from '../auth/current-user-query';

/**
 * Loads and starts the outbox (Dexie and the sync code, ~30 KB compressed) once someone is signed in, never for
 * a visitor of the public pages: every entry belongs to the account that recorded it and is only ever sent in
 * that account's session, so before a user is known there is nothing the outbox could do. `load` is the
 * dynamic import, so the outbox code is a separate chunk fetched then; it runs at most once.
 */
export function startOutboxWhenSignedIn(queryClient: QueryClient, load: () => Promise<void>): void {
  let started = false;
  const startIfSignedIn = () => {
    if (started || !queryClient.getQueryData(currentUserQueryKey)) return false;
    started = true;
    void load();
    return true;
  };
  if (startIfSignedIn()) return;
  const stopWatching = queryClient.getQueryCache().subscribe((event) => {
    if (event.query.queryKey[0] === currentUserQueryKey[0] && startIfSignedIn()) stopWatching();
  });
}
