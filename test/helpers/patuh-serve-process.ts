import { type ChildProcess, spawn } from 'node:child_process';

export interface PatuhServeOptions {
  port: number;
  dataDir: string;
  /** The checkout to run; the current directory when absent. */
  projectDir?: string;
  /** Node options before `bin/patuh.js`, such as those of `npm start`. */
  nodeOptions?: string[];
  environment?: Record<string, string>;
  /** More options of `patuh serve`, such as `--demo`. */
  serveOptions?: string[];
}

/**
 * `patuh serve --no-build` as its own process on the given data folder and port, with only PATH and HOME of this
 * environment (so no test setting leaks in), warnings-only logs and no output kept. Shared by the e2e journeys'
 * second servers and the benches.
 */
export function spawnPatuhServe(options: PatuhServeOptions): ChildProcess {
  const command = ['bin/patuh.js', 'serve', '--no-build', ...(options.serveOptions ?? [])];
  return spawn(process.execPath, [...(options.nodeOptions ?? []), ...command], {
    cwd: options.projectDir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(options.port),
      PATUH_DATA_DIR: options.dataDir,
      LOG_LEVEL: 'warn',
      ...options.environment,
    },
    stdio: 'ignore',
  });
}

/**
 * Polls `url` every `intervalMs` until it answers 2xx. Stops the child and throws when it exits first or
 * `timeoutMs` passes, naming which.
 */
export async function waitUntilAnswering(
  child: ChildProcess,
  url: string,
  timing: { timeoutMs: number; intervalMs: number },
): Promise<void> {
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode} before ${url} answered`);
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    if (performance.now() - started > timing.timeoutMs) {
      await stopChildProcess(child);
      throw new Error(`${url} did not answer within ${timing.timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, timing.intervalMs));
  }
}

/** SIGTERM, then waits for the exit (the server's own graceful shutdown); nothing when it has already exited. */
export async function stopChildProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
