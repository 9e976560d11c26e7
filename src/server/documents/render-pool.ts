import { Piscina } from 'piscina';
import { DomainError } from '../errors';
import type { RenderTask } from './render-task';

export interface RenderPoolOptions {
  /** Worker threads rendering at once. */
  threads: number;
  /** Renders that may wait for a thread; one more is refused. */
  queue: number;
}

export interface RenderPoolStats {
  /** Renders finished (or failed) since the pool started: the tests count renders with it. */
  rendered: number;
  running: number;
  waiting: number;
}

export interface RenderPool {
  /**
   * Renders in a worker thread. When every thread is busy and the queue is full: refused at once with 503
   * `DOCUMENTS_BUSY` + Retry-After, or, with `waitForRoom` (background jobs, which must not fail because the
   * public is busy), retried until there is room.
   */
  render(task: RenderTask, options?: { waitForRoom?: boolean }): Promise<Buffer>;
  stats(): RenderPoolStats;
  close(): Promise<void>;
}

const workerFile = new URL('./render-worker.mjs', import.meta.url).href;
/** Until a render has been timed, Retry-After assumes this much per render. */
const assumedRenderMs = 1000;
const roomPollMs = 250;

/**
 * A small pool of worker threads (piscina) for PDF rendering, so layout never blocks the event loop that
 * answers everyone else (/api/health/live kept answering within milliseconds in `npm run bench`). The bound is
 * ours, not piscina's: `threads + queue` renders admitted at once, counted here, so a full pool refuses
 * deterministically. Threads start on first use and stop after ten minutes idle.
 */
export function createRenderPool(
  options: RenderPoolOptions,
  /** Tests only: runs a task instead of a worker thread (to hold renders and fill the pool at will). */
  runTask?: (task: RenderTask) => Promise<Uint8Array>,
): RenderPool {
  const piscina = runTask
    ? undefined
    : new Piscina({
        filename: workerFile,
        minThreads: 0,
        maxThreads: options.threads,
        // A thread takes seconds to load the renderers: keep it while documents are being asked for.
        idleTimeout: 10 * 60_000,
        // pdfmake keeps a document in memory while laying it out; a runaway one cannot take the process.
        resourceLimits: { maxOldGenerationSizeMb: 512 },
      });
  const execute = async (task: RenderTask): Promise<Uint8Array> => {
    if (runTask) return runTask(task);
    if (!piscina) throw new Error('render pool without workers');
    const bytes: Uint8Array = await piscina.run(task);
    return bytes;
  };
  const capacity = options.threads + options.queue;
  let admitted = 0;
  let rendered = 0;
  let averageMs = assumedRenderMs;
  let closed = false;

  const busy = () => {
    // Everything admitted must drain through `threads` workers before a new render could start.
    const seconds = Math.min(60, Math.max(1, Math.ceil((admitted * averageMs) / options.threads / 1000)));
    return new DomainError(
      'DOCUMENTS_BUSY',
      {
        id: `Server sedang mencetak banyak dokumen. Coba lagi dalam ${seconds} detik.`,
        en: `The server is printing many documents. Try again in ${seconds} seconds.`,
      },
      undefined,
      seconds,
    );
  };

  async function run(task: RenderTask): Promise<Buffer> {
    admitted += 1;
    // Only a render that did not wait for a thread times the render itself (for Retry-After).
    const waited = admitted > options.threads;
    const started = performance.now();
    try {
      const bytes = await execute(task);
      if (!waited) averageMs = averageMs * 0.8 + (performance.now() - started) * 0.2;
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } finally {
      admitted -= 1;
      rendered += 1;
    }
  }

  return {
    async render(task, renderOptions = {}) {
      while (admitted >= capacity) {
        if (!renderOptions.waitForRoom || closed) throw busy();
        await new Promise((resolve) => setTimeout(resolve, roomPollMs));
      }
      return run(task);
    },
    stats: () => ({
      rendered,
      running: Math.min(admitted, options.threads),
      waiting: Math.max(0, admitted - options.threads),
    }),
    async close() {
      closed = true;
      await piscina?.close();
    },
  };
}
