import type { AppConfig } from '../config';
import type { Queryable } from '../db/database';
import { createRenderPool, type RenderPool, type RenderPoolStats } from './render-pool';
import type { RenderTask } from './render-task';
import {
  createRenderedDocumentStore,
  type RenderedDocumentRef,
  type RenderedDocumentStore,
} from './rendered-document-store';

export interface DocumentRendererStats extends RenderPoolStats {
  memoryEntries: number;
  memoryBytes: number;
}

export interface DocumentRenderer {
  /**
   * The PDF of `document.key`: from memory, else a render of the same key already under way, else the store,
   * else one render in the pool (kept in the store and in memory). `task` is only called on that last path,
   * so a document served again costs none of the queries that build it.
   */
  obtain(
    document: RenderedDocumentRef,
    task: () => Promise<RenderTask>,
    options?: { waitForRoom?: boolean },
  ): Promise<Buffer>;
  /**
   * obtain() for a batch of distinct keys, in order, with one store lookup and one store write for the whole
   * batch instead of one each per document: on PGlite every statement runs on the server's thread, and a bulk
   * job asks for thousands. Renders one at a time, as a job's obtain() calls would.
   */
  obtainMany(
    documents: readonly { document: RenderedDocumentRef; task: () => Promise<RenderTask> }[],
    options?: { waitForRoom?: boolean },
  ): Promise<Buffer[]>;
  /** The PDF of a key if this process holds it in memory (no store, no render). */
  peek(key: string): Buffer | undefined;
  stats(): DocumentRendererStats;
  close(): Promise<void>;
}

export interface DocumentRendererOptions {
  dataDir: string;
  threads: number;
  queue: number;
  storeBytes: number;
  /** Bytes of PDFs kept in this process's memory (least recently used dropped first). */
  memoryBytes?: number;
  /** Tests only: a pool made by the test (of its own size, or holding renders at will). */
  pool?: RenderPool;
  /** Told about a store that failed; the document is still served. */
  onStoreError?: (error: unknown) => void;
}

const defaultMemoryBytes = 64 * 1024 * 1024;

/** The renderer an app (and its job worker) share, sized by PATUH_RENDER_THREADS, _QUEUE, DOCUMENT_STORE_MB. */
export function createDocumentRendererFor(
  db: Queryable,
  config: Pick<AppConfig, 'dataDir' | 'renderThreads' | 'renderQueue' | 'documentStoreBytes'>,
  onStoreError?: (error: unknown) => void,
): DocumentRenderer {
  return createDocumentRenderer(db, {
    dataDir: config.dataDir,
    threads: config.renderThreads,
    queue: config.renderQueue,
    storeBytes: config.documentStoreBytes,
    ...(onStoreError ? { onStoreError } : {}),
  });
}

/**
 * Published documents rendered once and reused. A published snapshot never changes, and everything else a
 * document depends on (language, signing, the address in its QR code) is part of its key, so a kept document
 * is never stale. Renders run in a bounded worker pool; concurrent requests for one key share one render.
 */
export function createDocumentRenderer(db: Queryable, options: DocumentRendererOptions): DocumentRenderer {
  const pool = options.pool ?? createRenderPool({ threads: options.threads, queue: options.queue });
  const store: RenderedDocumentStore = createRenderedDocumentStore(db, options.dataDir, options.storeBytes);
  const memoryLimit = options.memoryBytes ?? defaultMemoryBytes;
  const memory = new Map<string, Buffer>();
  let memoryBytes = 0;
  const inFlight = new Map<string, Promise<Buffer>>();
  const reportStoreError = (error: unknown) => options.onStoreError?.(error);

  const remember = (key: string, bytes: Buffer) => {
    if (bytes.length > memoryLimit) return;
    const previous = memory.get(key);
    if (previous) memoryBytes -= previous.length;
    memory.delete(key);
    memory.set(key, bytes);
    memoryBytes += bytes.length;
    // A Map iterates in insertion order, and a hit re-inserts: the first key is the least recently used.
    for (const [oldKey, oldBytes] of memory) {
      if (memoryBytes <= memoryLimit) break;
      memory.delete(oldKey);
      memoryBytes -= oldBytes.length;
    }
  };

  async function produce(
    document: RenderedDocumentRef,
    task: () => Promise<RenderTask>,
    waitForRoom: boolean,
  ): Promise<Buffer> {
    const stored = await store.read(document.key).catch((error: unknown) => {
      reportStoreError(error);
      return undefined;
    });
    if (stored) return stored;
    const bytes = await pool.render(await task(), { waitForRoom });
    await store.save(document, bytes).catch(reportStoreError);
    return bytes;
  }

  return {
    async obtain(document, task, obtainOptions = {}) {
      const remembered = memory.get(document.key);
      if (remembered) {
        remember(document.key, remembered);
        return remembered;
      }
      let pending = inFlight.get(document.key);
      if (!pending) {
        pending = produce(document, task, obtainOptions.waitForRoom ?? false).finally(() =>
          inFlight.delete(document.key),
        );
        inFlight.set(document.key, pending);
      }
      const bytes = await pending;
      remember(document.key, bytes);
      return bytes;
    },
    async obtainMany(documents, obtainOptions = {}) {
      const remembered = documents.map(({ document }) => memory.get(document.key));
      const stored = await store
        .readMany(documents.filter((_, index) => !remembered[index]).map(({ document }) => document.key))
        .catch((error: unknown) => {
          reportStoreError(error);
          return new Map<string, Buffer>();
        });
      const rendered: { document: RenderedDocumentRef; bytes: Buffer }[] = [];
      const results: Buffer[] = [];
      for (const [index, { document, task }] of documents.entries()) {
        // A render of the same key already under way (a public download) is shared, as in obtain().
        let bytes =
          remembered[index] ??
          stored.get(document.key) ??
          (await inFlight.get(document.key)?.catch(() => undefined));
        if (!bytes) {
          const pending = task()
            .then((renderTask) =>
              pool.render(renderTask, { waitForRoom: obtainOptions.waitForRoom ?? false }),
            )
            .finally(() => inFlight.delete(document.key));
          inFlight.set(document.key, pending);
          bytes = await pending;
          rendered.push({ document, bytes });
        }
        remember(document.key, bytes);
        results.push(bytes);
      }
      await store.saveMany(rendered).catch(reportStoreError);
      return results;
    },
    peek(key) {
      const remembered = memory.get(key);
      if (remembered) remember(key, remembered);
      return remembered;
    },
    stats: () => ({ ...pool.stats(), memoryEntries: memory.size, memoryBytes }),
    close: () => pool.close(),
  };
}
