import type { PatuhApp } from './app-types';
import type { DatabaseConnection } from './db/database';

export class ShutdownTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(
      `Penghentian belum selesai setelah ${timeoutMs / 1000} detik; proses diakhiri. / ` +
        `Shutdown did not finish within ${timeoutMs / 1000} s; exiting anyway.`,
    );
    this.name = 'ShutdownTimeoutError';
  }
}

/**
 * A graceful stop for a listening app, prepared before it listens (hooks cannot be added later). Stopping
 * drains: no new connections, requests already running finish, idle keep-alive connections are closed, and
 * every response sent meanwhile says `Connection: close` so clients reconnect elsewhere instead of reusing a
 * socket about to go (which is what gave them 503 or ECONNRESET). The database closes after the last
 * response. A request that outlives `timeoutMs` does not hold the process: its connection is cut and the
 * returned promise rejects with ShutdownTimeoutError, on which the caller exits.
 */
export function prepareDrainingStop(
  app: PatuhApp,
  database: DatabaseConnection,
  timeoutMs: number,
): () => Promise<void> {
  let draining = false;
  app.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close');
  });
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= new Promise<void>((resolve, reject) => {
      draining = true;
      const timer = setTimeout(() => {
        app.server.closeAllConnections();
        reject(new ShutdownTimeoutError(timeoutMs));
      }, timeoutMs);
      timer.unref();
      app
        .close()
        .finally(() => database.close())
        .then(resolve, reject)
        .finally(() => clearTimeout(timer));
    });
    return stopping;
  };
}
