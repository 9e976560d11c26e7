import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const probeScript = fileURLToPath(new URL('./liveness-probe.ts', import.meta.url));

/** What bench/liveness-probe.ts prints: how many answers, and their latencies in ms. */
export interface ProbeFigures {
  answers: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Probes `url` from a second process (a stalled server cannot stall the clock that measures it) from just before
 * `work` starts until it ends; with `intervalMs`, one request every interval instead of back to back.
 */
export async function probeLivenessWhile(
  url: string,
  work: () => Promise<unknown>,
  intervalMs?: number,
): Promise<ProbeFigures> {
  const args = [
    '--import',
    'tsx',
    probeScript,
    url,
    ...(intervalMs === undefined ? [] : [String(intervalMs)]),
  ];
  const probe = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  probe.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await new Promise<void>((ready) => probe.stdout.once('data', () => ready()));
  try {
    await work();
  } finally {
    probe.stdin.end();
  }
  await new Promise((exited) => probe.once('exit', exited));
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as ProbeFigures;
}
