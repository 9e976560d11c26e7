import type { ChildProcess } from 'node:child_process';
import { spawnPatuhServe, stopChildProcess, waitUntilAnswering } from '../../helpers/patuh-serve-process';

/**
 * A second server of the platform on its own data folder and port, with the publication clock shifted by
 * `clockOffsetSeconds` (PATUH_TEST_CLOCK_OFFSET_SECONDS): how journeys step past an embargo.
 */
export async function startServer(
  dataDir: string,
  port: number,
  clockOffsetSeconds: number,
  extraEnvironment: Record<string, string> = {},
): Promise<ChildProcess> {
  const child = spawnPatuhServe({
    port,
    dataDir,
    environment: { PATUH_TEST_CLOCK_OFFSET_SECONDS: String(clockOffsetSeconds), ...extraEnvironment },
  });
  await waitUntilAnswering(child, `http://127.0.0.1:${port}/api/health`, {
    timeoutMs: 120_000,
    intervalMs: 500,
  });
  return child;
}

export const stopServer = stopChildProcess;
