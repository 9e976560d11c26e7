import type { OutboxEntry } from './outbox-database';
import {
  currentOutboxUserId,
  outboxDatabase,
  retryOutboxNow,
  subscribeSyncState,
  syncState,
} from './outbox-sync';
import { photosBeingPrepared, whenPhotosPrepared } from './photo-preparations';

/** Changes of the unit still on the device when it was about to be submitted; `count` is shown to the user. */
export class UnsentChangesError extends Error {
  constructor(readonly count: number) {
    super(`${count} unsent changes`);
    this.name = 'UnsentChangesError';
  }
}

const sendRounds = 3;

/**
 * Sends everything of one unit page that is still on the device (photos being downscaled included) before the
 * unit is submitted: the server checks completeness against what it has, so a submission must never overtake
 * the unit's own outbox. Offline, or when something could not be sent (network, conflict, refusal), refuses
 * with the number of changes left, leaving them in the outbox.
 */
export async function flushUnitOutbox(unitKey: string, isOnline: () => boolean): Promise<void> {
  await whenPhotosPrepared(unitKey);
  for (let round = 0; round < sendRounds; round += 1) {
    const unsent = await unsentEntriesOf(unitKey);
    if (unsent.length === 0 && photosBeingPrepared(unitKey) === 0) return;
    if (!isOnline()) break;
    // Entries waiting out a backoff go now; a send already running (another trigger) is waited for.
    await retryOutboxNow();
    await whenSyncIdle();
    const left = await unsentEntriesOf(unitKey);
    // A failure, conflict or refusal stays until the user or the backoff deals with it: no use sending again.
    if (left.some((entry) => entry.state !== 'pending' && entry.state !== 'sending')) break;
  }
  const left = (await unsentEntriesOf(unitKey)).length + photosBeingPrepared(unitKey);
  if (left > 0) throw new UnsentChangesError(left);
}

async function unsentEntriesOf(unitKey: string): Promise<OutboxEntry[]> {
  const userId = currentOutboxUserId();
  return (await outboxDatabase().entries.where('unitKey').equals(unitKey).toArray()).filter(
    (entry) => entry.userId === userId && entry.state !== 'done',
  );
}

function whenSyncIdle(): Promise<void> {
  if (!syncState().running) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = subscribeSyncState(() => {
      if (syncState().running) return;
      unsubscribe();
      resolve();
    });
  });
}
