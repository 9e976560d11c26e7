import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runBenchAlone } from './run-bench-alone';
import type { BenchFigures } from './scoring.bench';

const cliPath = fileURLToPath(new URL('../bin/patuh.js', import.meta.url));
const RUNS = 7;
/** The target from the issue: `patuh --version` and `--help` answer in under half a second. */
const TARGET_MS = 500;

function medianMs(args: string[]): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [cliPath, ...args], { stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`patuh ${args.join(' ')} exited with ${result.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? Number.NaN;
}

/** Whole-process wall time (node start to exit), median of 7; `backup --help` loads every command, for contrast. */
export async function runCliStartUpBench(): Promise<BenchFigures> {
  const version = medianMs(['--version']);
  const help = medianMs(['--help']);
  const fullTree = medianMs(['backup', '--help']);
  const verdict = (ms: number): string => (ms < TARGET_MS ? 'ok' : `over the ${TARGET_MS} ms target`);
  return {
    name: 'CLI start-up (median of 7 runs)',
    lines: [
      `patuh --version: ${version.toFixed(0)} ms (${verdict(version)})`,
      `patuh --help: ${help.toFixed(0)} ms (${verdict(help)})`,
      `patuh backup --help (tsx + every command loaded): ${fullTree.toFixed(0)} ms`,
    ],
    summary: [
      {
        figure: 'patuh --version / --help (median of 7)',
        value: `${version.toFixed(0)} / ${help.toFixed(0)} ms`,
        target: `< ${TARGET_MS} ms`,
        met: version < TARGET_MS && help < TARGET_MS,
      },
    ],
  };
}

await runBenchAlone(import.meta.url, runCliStartUpBench);
