import { Dexie, type EntityTable } from 'dexie';
import type { OutboxReason } from './outbox-send-result';

/** What an outbox entry does on the server; decides how its result maps local ids and versions. */
export type OutboxKind =
  | 'answer'
  | 'respondent-create'
  | 'respondent-update'
  | 'respondent-delete'
  | 'evidence-upload'
  | 'evidence-delete'
  | 'evidence-reuse'
  | 'complaint-create'
  | 'complaint-update'
  | 'complaint-delete';

/**
 * pending: waits its turn; sending: on the wire; failed: the network or server failed, retried after
 * `nextAttemptAt`; conflict: someone else changed it (409), the user decides; rejected: the server refused it
 * for good (4xx), shown with its message; done: the server has it (kept briefly so the screen does not flicker
 * back to the older cached copy).
 */
export type OutboxState = 'pending' | 'sending' | 'failed' | 'conflict' | 'rejected' | 'done';

/** A photo or PDF waiting to be sent through the resumable upload, with the evidence form fields. */
export interface OutboxFile {
  bytes: ArrayBuffer;
  fileName: string;
  contentType: string;
  sha256: string;
  /** The server's upload once created; kept so an interrupted upload resumes instead of starting again. */
  uploadId: string | null;
  receivedBytes: number;
  fields: Record<string, string>;
}

export interface OutboxEntry {
  /** Insertion order: entries are sent in this order. */
  seq?: number;
  id: string;
  /**
   * The account that recorded the change; only that account's session sends it, so on a shared phone one
   * user's unsent changes never go out under the next user's session.
   */
  userId: string;
  /** `year/entityCode/unitId`: the unit page the entry belongs to. */
  unitKey: string;
  kind: OutboxKind;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** May name local ids (`local-…`) of records created offline; replaced by server ids when sent. */
  url: string;
  body: Record<string, unknown> | null;
  file: OutboxFile | null;
  /** Made once when the entry is created and sent unchanged on every retry, so a resend never duplicates. */
  idempotencyKey: string;
  /** Entries that edit the same record (same answer, respondent, complaint) share it. */
  recordKey: string;
  /** For creates: the id the screen uses until the server's id is known. */
  localId: string | null;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  /**
   * When the last failure is one this app names (no connection, an answer without the server's message), its
   * code, shown in the screen's language; absent on entries stored before it existed.
   */
  lastReason?: OutboxReason | null;
  /** A 409's current server value, or the server's result once done. */
  details: unknown;
  createdAt: number;
  doneAt: number | null;
}

export interface IdMapping {
  localId: string;
  serverId: string;
}

export type OutboxDatabase = Dexie & {
  entries: EntityTable<OutboxEntry, 'seq'>;
  idMap: EntityTable<IdMapping, 'localId'>;
};

export interface DexieDependencies {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** The outbox of this browser; tests pass fake-indexeddb. */
export function openOutboxDatabase(name = 'patuh-outbox', dependencies?: DexieDependencies): OutboxDatabase {
  const db = new Dexie(name, dependencies) as OutboxDatabase;
  db.version(1).stores({
    entries: '++seq, &id, unitKey, state, recordKey',
    idMap: '&localId',
  });
  // Entries written before they carried their account get none: no session sends them, the user may discard them.
  db.version(2)
    .stores({ entries: '++seq, &id, unitKey, state, recordKey, userId', idMap: '&localId' })
    .upgrade((transaction) =>
      transaction
        .table<OutboxEntry>('entries')
        .toCollection()
        .modify((entry) => {
          entry.userId ??= '';
        }),
    );
  return db;
}
