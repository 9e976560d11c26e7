import { Piscina } from 'piscina';

const workerFile = new URL('./perceptual-hash-worker.mjs', import.meta.url).href;
/** Hashes waiting for the thread; more are skipped (the photo keeps its exact hash, only near-copies go unseen). */
const maxWaiting = 16;

let pool: Piscina | undefined;

/**
 * Decoding a 12-megapixel JPEG takes about a second of CPU: done in one worker thread, never on the event
 * loop that answers everyone else. The thread starts on first use and stops after a minute idle, so tests
 * and short CLI runs leave nothing behind. Null when the queue is full or the file cannot be decoded.
 */
export async function perceptualHashInWorker(bytes: Uint8Array): Promise<string | null> {
  pool ??= new Piscina({
    filename: workerFile,
    minThreads: 0,
    maxThreads: 1,
    maxQueue: maxWaiting,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: 768 },
  });
  try {
    const hash: string | null = await pool.run(bytes);
    return hash;
  } catch {
    return null;
  }
}

/** Stops the thread (server shutdown); a later hash starts a new pool. */
export async function closePerceptualHashPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}
