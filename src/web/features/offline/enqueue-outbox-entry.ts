import type { OutboxDatabase, OutboxEntry, OutboxFile, OutboxKind } from './outbox-database';

export interface OutboxDraft {
  /** The signed-in account; its session alone will send the entry. */
  userId: string;
  unitKey: string;
  kind: OutboxKind;
  method: OutboxEntry['method'];
  url: string;
  body: Record<string, unknown> | null;
  file?: OutboxFile;
  recordKey: string;
  localId?: string;
}

/** A local id for a record made offline; the runner replaces it with the server's id once the create is sent. */
export function newLocalId(): string {
  return `local-${crypto.randomUUID()}`;
}

export function isLocalId(id: string): boolean {
  return id.startsWith('local-');
}

/**
 * Puts one field write in the outbox. An edit of a record whose earlier entry was never sent is folded into
 * that entry (typing a note makes one entry, not one per pause); a delete of a record created offline and
 * never sent removes its entries instead of sending a create and a delete.
 */
export async function enqueueOutboxEntry(db: OutboxDatabase, draft: OutboxDraft, now: number): Promise<void> {
  await db.transaction('rw', db.entries, async () => {
    // Another account's entries for the same record are never folded into or removed: they are not this user's.
    const sameRecord = (await db.entries.where('recordKey').equals(draft.recordKey).sortBy('seq')).filter(
      (entry) => entry.userId === draft.userId,
    );
    const last = sameRecord.at(-1);
    const neverSent = last !== undefined && last.state === 'pending' && last.attempts === 0;
    if (neverSent && last.seq !== undefined) {
      if (draft.kind === 'answer' && last.kind === 'answer') {
        await db.entries.update(last.seq, { body: { ...last.body, ...withoutVersion(draft.body) } });
        return;
      }
      const isEdit = draft.kind === 'respondent-update' || draft.kind === 'complaint-update';
      if (isEdit && (last.kind === draft.kind || last.kind.endsWith('-create'))) {
        await db.entries.update(last.seq, { body: { ...last.body, ...withoutVersion(draft.body) } });
        return;
      }
      const isDelete = draft.kind === 'respondent-delete' || draft.kind === 'complaint-delete';
      const createdOffline = sameRecord.find((entry) => entry.kind.endsWith('-create'));
      if (isDelete && createdOffline?.localId && sameRecord.every((entry) => entry.attempts === 0)) {
        const localId = createdOffline.localId;
        // Answers given to a respondent that never reached the server go with it.
        const dependants = await db.entries
          .filter(
            (entry) =>
              entry.userId === draft.userId &&
              entry.attempts === 0 &&
              JSON.stringify(entry.body ?? {}).includes(localId),
          )
          .primaryKeys();
        await db.entries.bulkDelete([...sameRecord.map((entry) => entry.seq ?? -1), ...dependants]);
        return;
      }
    }
    await db.entries.add({
      id: crypto.randomUUID(),
      userId: draft.userId,
      unitKey: draft.unitKey,
      kind: draft.kind,
      method: draft.method,
      url: draft.url,
      body: draft.body,
      file: draft.file ?? null,
      idempotencyKey: crypto.randomUUID(),
      recordKey: draft.recordKey,
      localId: draft.localId ?? null,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
      details: null,
      createdAt: now,
      doneAt: null,
    });
  });
}

function withoutVersion(body: Record<string, unknown> | null): Record<string, unknown> {
  if (!body) return {};
  const { expectedVersion: _ignored, ...rest } = body;
  return rest;
}
