import { liveQuery } from 'dexie';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { OutboxEntry } from './outbox-database';
import { outboxDatabase, subscribeSyncState, syncState } from './outbox-sync';

function useLiveQuery<T>(query: () => Promise<T>, initial: T, dependencies: readonly unknown[]): T {
  const [value, setValue] = useState<T>(initial);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the query reads.
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: () => undefined });
    return () => subscription.unsubscribe();
  }, dependencies);
  return value;
}

/** The outbox entries of one unit page, in the order they are sent; follows every change live. */
export function useUnitOutbox(unitKey: string): OutboxEntry[] | undefined {
  return useLiveQuery<OutboxEntry[] | undefined>(
    () => outboxDatabase().entries.where('unitKey').equals(unitKey).sortBy('seq'),
    undefined,
    [unitKey],
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
    [],
  );
}

export function useSyncState() {
  return useSyncExternalStore(subscribeSyncState, syncState, syncState);
}
