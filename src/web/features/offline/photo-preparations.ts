import { useSyncExternalStore } from 'react';

/**
 * Photos picked but not yet in the outbox (being read and downscaled on the device), per unit page. They count
 * as waiting changes from the moment they are picked, so "Semua tersimpan" never shows while a photo is still
 * on its way into the outbox, and a submission waits for them.
 */
const preparing = new Map<string, number>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Marks one photo of `unitKey` as being prepared; the returned function marks it done (call it once). */
export function beginPhotoPreparation(unitKey: string): () => void {
  preparing.set(unitKey, (preparing.get(unitKey) ?? 0) + 1);
  notify();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    const left = (preparing.get(unitKey) ?? 1) - 1;
    if (left > 0) preparing.set(unitKey, left);
    else preparing.delete(unitKey);
    notify();
  };
}

/** Photos being prepared for one unit, or for every unit when `unitKey` is omitted. */
export function photosBeingPrepared(unitKey?: string): number {
  if (unitKey !== undefined) return preparing.get(unitKey) ?? 0;
  let total = 0;
  for (const count of preparing.values()) total += count;
  return total;
}

export function subscribePhotoPreparations(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resolves once no photo of `unitKey` is being prepared (each one ends in the outbox or with an error shown). */
export function whenPhotosPrepared(unitKey: string): Promise<void> {
  if (photosBeingPrepared(unitKey) === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = subscribePhotoPreparations(() => {
      if (photosBeingPrepared(unitKey) > 0) return;
      unsubscribe();
      resolve();
    });
  });
}

export function usePhotosBeingPrepared(unitKey?: string): number {
  return useSyncExternalStore(
    subscribePhotoPreparations,
    () => photosBeingPrepared(unitKey),
    () => 0,
  );
}
