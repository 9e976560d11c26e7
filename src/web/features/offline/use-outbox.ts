import { liveQuery } from 'dexie';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useCurrentUser } from '../auth/use-current-user';
import type { OutboxEntry } from './outbox-database';
import { outboxDatabase, subscribeSyncState, syncState } from './outbox-sync';
import { usePhotosBeingPrepared } from './photo-preparations';

/** Follows a Dexie query live; `key` names what it reads, so a new key starts a new subscription. */
function useLiveQuery<T>(query: () => Promise<T>, initial: T, key: string): T {
  const [value, setValue] = useState<T>(initial);
  const latestQuery = useRef(query);
  latestQuery.current = query;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is read through a ref; key says when it changes.
  useEffect(() => {
    const subscription = liveQuery(() => latestQuery.current()).subscribe({
      next: setValue,
      // A failing IndexedDB (private mode, full disk) leaves the last value on screen.
      error: () => undefined,
    });
    return () => subscription.unsubscribe();
  }, [key]);
  return value;
}

/**
 * The signed-in account's outbox entries of one unit page, in the order they are sent; follows every change
 * live. Another account's changes are neither shown on the page nor applied to it.
 */
export function useUnitOutbox(unitKey: string): OutboxEntry[] | undefined {
  const userId = useCurrentUser().data?.id ?? '';
  return useLiveQuery<OutboxEntry[] | undefined>(
    async () =>
      (await outboxDatabase().entries.where('unitKey').equals(unitKey).sortBy('seq')).filter(
        (entry) => entry.userId === userId,
      ),
    undefined,
    `unit:${unitKey}:${userId}`,
  );
}

export interface OutboxSummary {
  waiting: number;
  needsUser: number;
  /** Unsent changes recorded by another account on this device: never sent with this session. */
  otherAccount: number;
}

/** How many changes wait to be sent, how many wait for the user (conflicts, refusals), how many for another account. */
export function useOutboxSummary(): OutboxSummary {
  const userId = useCurrentUser().data?.id ?? '';
  // A photo being downscaled is a change already made: it waits like one, though not yet in IndexedDB.
  const preparing = usePhotosBeingPrepared();
  const stored = useLiveQuery(
    async () => {
      const all = await outboxDatabase().entries.toArray();
      const entries = all.filter((entry) => entry.userId === userId);
      return {
        waiting: entries.filter((entry) => ['pending', 'sending', 'failed'].includes(entry.state)).length,
        needsUser: entries.filter((entry) => entry.state === 'conflict' || entry.state === 'rejected').length,
        otherAccount: all.filter((entry) => entry.userId !== userId && entry.state !== 'done').length,
      };
    },
    { waiting: 0, needsUser: 0, otherAccount: 0 },
    `summary:${userId}`,
  );
  return { ...stored, waiting: stored.waiting + preparing };
}

export function useSyncState() {
  return useSyncExternalStore(subscribeSyncState, syncState, syncState);
}
