import { type ChildProcess, spawn } from 'node:child_process';

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
  const child = spawn(process.execPath, ['bin/patuh.js', 'serve', '--no-build'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      PATUH_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      PATUH_TEST_CLOCK_OFFSET_SECONDS: String(clockOffsetSeconds),
      ...extraEnvironment,
    },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 240; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ready = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return child;
    if (child.exitCode !== null) break;
  }
  child.kill('SIGTERM');
  throw new Error(`server on ${port} did not start`);
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
