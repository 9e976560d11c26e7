import { liveQuery } from 'dexie';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { OutboxEntry } from './outbox-database';
import { outboxDatabase, subscribeSyncState, syncState } from './outbox-sync';

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

/** The outbox entries of one unit page, in the order they are sent; follows every change live. */
export function useUnitOutbox(unitKey: string): OutboxEntry[] | undefined {
  return useLiveQuery<OutboxEntry[] | undefined>(
    () => outboxDatabase().entries.where('unitKey').equals(unitKey).sortBy('seq'),
    undefined,
    `unit:${unitKey}`,
  );
}

export interface OutboxSummary {
  waiting: number;
  needsUser: number;
}

/** How many changes wait to be sent and how many wait for the user (conflicts, refusals). */
export function useOutboxSummary(): OutboxSummary {
  return useLiveQuery(
    async () => {
      const entries = await outboxDatabase().entries.toArray();
      return {
        waiting: entries.filter((entry) => ['pending', 'sending', 'failed'].includes(entry.state)).length,
        needsUser: entries.filter((entry) => entry.state === 'conflict' || entry.state === 'rejected').length,
      };
    },
    { waiting: 0, needsUser: 0 },
    'summary',
  );
}

export function useSyncState() {
  return useSyncExternalStore(subscribeSyncState, syncState, syncState);
}
