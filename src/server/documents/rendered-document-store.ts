import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Queryable } from '../db/database';
import {
  deleteRenderedDocuments,
  findRenderedDocument,
  findRenderedDocuments,
  isRenderedFileReferenced,
  listLeastRecentlyUsedDocuments,
  type RenderedDocumentRow,
  recordRenderedDocument,
  recordRenderedDocuments,
  sumRenderedDocumentBytes,
  touchRenderedDocument,
  touchRenderedDocuments,
} from '../db/repositories/rendered-documents.repository';
import { filesDirectory } from '../files/store-file';

export interface RenderedDocumentRef {
  /** document-cache-key.ts */
  key: string;
  kind: 'piagam' | 'rapor';
  snapshotId: string;
}

export interface RenderedDocumentStore {
  /** The bytes kept for a key, or undefined (never rendered, dropped, or its file is gone or damaged). */
  read(key: string): Promise<Buffer | undefined>;
  save(document: RenderedDocumentRef, bytes: Buffer): Promise<void>;
  /** read() for many keys with one lookup and one touch: a bulk job's batch. Keys not kept are absent. */
  readMany(keys: readonly string[]): Promise<Map<string, Buffer>>;
  /** save() for many documents (distinct keys) with one write of their rows. */
  saveMany(documents: readonly { document: RenderedDocumentRef; bytes: Buffer }[]): Promise<void>;
  /** The running total the bound is checked against (counted from the table on first use). */
  storedBytes(): Promise<number>;
}

/**
 * Saves between two counts of the whole table. The running total only sees this process's saves and drops;
 * recounting now and then takes in those of the other app processes on the same database, so the store
 * overshoots its bound by at most this many of their documents, without summing the table on every save.
 */
export const recountEverySaves = 256;

/** Rendered documents sit beside uploads in the files store, in their own folder so dropping one never
 * touches an upload with the same bytes (a downloaded piagam uploaded back as evidence). */
export function renderedFilesDirectory(dataDir: string): string {
  return path.join(filesDirectory(dataDir), 'rendered');
}

/**
 * Published documents kept across restarts and shared by every app process of the database: a
 * `rendered_documents` row per key, the bytes stored once by sha256 under `<dataDir>/files/rendered/`. Beyond
 * `maxBytes` the least recently used rows go (and their files when no other row shares them).
 */
export function createRenderedDocumentStore(
  db: Queryable,
  dataDir: string,
  maxBytes: number,
): RenderedDocumentStore {
  const folder = renderedFilesDirectory(dataDir);
  const fileOf = (sha256: string) => path.join(folder, sha256);

  // Undefined until first counted: a restarted process starts from what the table holds.
  let totalBytes: number | undefined;
  let savesSinceCount = 0;

  async function storedBytes(): Promise<number> {
    if (totalBytes === undefined || savesSinceCount >= recountEverySaves) {
      totalBytes = await sumRenderedDocumentBytes(db);
      savesSinceCount = 0;
    }
    return totalBytes;
  }

  async function dropBeyondBound(): Promise<void> {
    let excess = (await storedBytes()) - maxBytes;
    while (excess > 0) {
      const oldest = await listLeastRecentlyUsedDocuments(db, 100);
      if (oldest.length === 0) return;
      const dropped: typeof oldest = [];
      for (const row of oldest) {
        if (excess <= 0) break;
        dropped.push(row);
        excess -= row.sizeBytes;
      }
      totalBytes =
        (totalBytes ?? 0) -
        (await deleteRenderedDocuments(
          db,
          dropped.map((row) => row.key),
        ));
      for (const sha256 of new Set(dropped.map((row) => row.sha256)))
        if (!(await isRenderedFileReferenced(db, sha256)))
          await unlink(fileOf(sha256)).catch(() => undefined);
    }
  }

  /** The kept bytes of a row; none when its file was removed by hand or a data directory was restored
   * without it (rendered again then). */
  async function bytesOf(row: RenderedDocumentRow): Promise<Buffer | undefined> {
    const bytes = await readFile(fileOf(row.sha256)).catch(() => undefined);
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== row.sha256) return undefined;
    return bytes;
  }

  /** Writes the bytes under their sha256 (write then rename, so a reader never sees half a file). */
  async function writeBytes(bytes: Buffer): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await mkdir(folder, { recursive: true });
    const partial = `${fileOf(sha256)}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
    await writeFile(partial, bytes);
    await rename(partial, fileOf(sha256));
    return sha256;
  }

  return {
    async read(key) {
      const row = await findRenderedDocument(db, key);
      const bytes = row ? await bytesOf(row) : undefined;
      if (bytes) await touchRenderedDocument(db, key);
      return bytes;
    },
    async readMany(keys) {
      const found = new Map<string, Buffer>();
      for (const row of await findRenderedDocuments(db, keys)) {
        const bytes = await bytesOf(row);
        if (bytes) found.set(row.key, bytes);
      }
      await touchRenderedDocuments(db, [...found.keys()]);
      return found;
    },
    async save(document, bytes) {
      const sha256 = await writeBytes(bytes);
      // Counted first (when not yet known), so the growth below is added to a total that excludes it.
      await storedBytes();
      const growth = await recordRenderedDocument(db, { ...document, sha256, sizeBytes: bytes.length });
      totalBytes = (totalBytes ?? 0) + growth;
      savesSinceCount += 1;
      await dropBeyondBound();
    },
    async saveMany(documents) {
      if (documents.length === 0) return;
      const rows = [];
      for (const { document, bytes } of documents)
        rows.push({ ...document, sha256: await writeBytes(bytes), sizeBytes: bytes.length });
      await storedBytes();
      totalBytes = (totalBytes ?? 0) + (await recordRenderedDocuments(db, rows));
      savesSinceCount += rows.length;
      await dropBeyondBound();
    },
    storedBytes,
  };
}
