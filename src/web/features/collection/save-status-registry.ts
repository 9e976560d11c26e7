import { useSyncExternalStore } from 'react';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'conflict';

/** The save state of every question on the page, so the page can show one state and warn before leaving. */
export class SaveStatusRegistry {
  private readonly statuses = new Map<string, SaveStatus>();
  private readonly listeners = new Set<() => void>();
  private overall: SaveStatus = 'saved';

  set(key: string, status: SaveStatus): void {
    if (this.statuses.get(key) === status) return;
    this.statuses.set(key, status);
    this.update();
  }

  delete(key: string): void {
    if (this.statuses.delete(key)) this.update();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getOverall = (): SaveStatus => this.overall;

  private update(): void {
    this.overall = combineSaveStatuses([...this.statuses.values()]);
    for (const listener of this.listeners) listener();
  }
}

/** Conflict beats saving beats unsaved beats saved: the page shows the state that needs the user most. */
export function combineSaveStatuses(statuses: readonly SaveStatus[]): SaveStatus {
  for (const status of ['conflict', 'saving', 'unsaved'] as const)
    if (statuses.includes(status)) return status;
  return 'saved';
}

export function usePageSaveStatus(registry: SaveStatusRegistry): SaveStatus {
  return useSyncExternalStore(registry.subscribe, registry.getOverall, registry.getOverall);
}
