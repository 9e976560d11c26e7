import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runBenchAlone } from './run-bench-alone';
import type { BenchFigures, BenchSummaryRow } from './scoring.bench';
import { createThrowawayDatabase } from './throwaway-database';

const ENTITIES = 586;
const UNITS = 7;
const YEAR = 2031;
/** Targets of issue #19 on this machine: finalise ≤ 10 s (PostgreSQL) / ≤ 20 s (PGlite), ≤ 1 GB peak. */
const TARGETS = { postgres: 10, pglite: 20 } as const;

interface Run {
  seconds: number;
  /** User + system CPU seconds of the process: on a shared machine, closer to what an idle one takes. */
  cpuSeconds: number;
  peakMb: number;
  output: string;
}

/**
 * The done-when of issue #19: `patuh demo national --year 2031 --entities 586 --units 7 --seed 7` then
 * `patuh cycle finalise --year 2031 --scope accepted`, each a real process under `/usr/bin/time` (wall time and
 * peak RSS), on a fresh embedded data dir and, when TEST_DATABASE_URL names a server, on a throwaway
 * PostgreSQL database. The load's rows per second are the command's own figure (COPY time only).
 */
export async function runNationalBench(): Promise<BenchFigures> {
  const lines: string[] = [];
  const summary: BenchSummaryRow[] = [];
  const engines: { name: 'pglite' | 'postgres'; url?: string }[] = [{ name: 'pglite' }];
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) engines.push({ name: 'postgres', url: serverUrl });
  for (const engine of engines) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-bench-national-'));
    const database = engine.url
      ? await createThrowawayDatabase(engine.url, 'patuh_bench_national')
      : undefined;
    try {
      const env = {
        PATUH_DATA_DIR: dataDir,
        PATUH_SECRET: 'a-bench-secret-of-at-least-32-characters',
        ...(database ? { DATABASE_URL: database.url } : {}),
      };
      const load = await runTimed(
        [
          'demo',
          'national',
          '--year',
          String(YEAR),
          '--entities',
          String(ENTITIES),
          '--units',
          String(UNITS),
        ],
        env,
      );
      const loaded = /(\d+) unit, (\d+) baris\/rows dalam\/in ([\d.]+) s \((\d+) baris/.exec(load.output);
      lines.push(
        `${engine.name}: load ${ENTITIES} entities / ${loaded?.[1] ?? '?'} units, ${loaded?.[2] ?? '?'} rows in ` +
          `${loaded?.[3] ?? '?'} s = ${loaded?.[4] ?? '?'} rows/s (target ≥ 20,000); whole command ` +
          `${load.seconds.toFixed(1)} s (${load.cpuSeconds.toFixed(1)} s CPU), peak ${load.peakMb} MB`,
      );
      const rowsPerSecond = Number(loaded?.[4] ?? Number.NaN);
      summary.push({
        figure: `national load (${engine.name}), ${loaded?.[2] ?? '?'} rows`,
        value: `${Number.isNaN(rowsPerSecond) ? '?' : rowsPerSecond.toLocaleString('en')} rows/s`,
        target: '≥ 20,000 rows/s',
        met: Number.isNaN(rowsPerSecond) ? undefined : rowsPerSecond >= 20_000,
      });
      const finalise = await runTimed(
        ['cycle', 'finalise', '--year', String(YEAR), '--scope', 'accepted'],
        env,
      );
      lines.push(
        `${engine.name}: finalise ${finalise.seconds.toFixed(1)} s (target ≤ ${TARGETS[engine.name]} s; ` +
          `${finalise.cpuSeconds.toFixed(1)} s CPU in the process), ` +
          `peak ${finalise.peakMb} MB (target ≤ 1024)`,
      );
      summary.push(
        {
          figure: `finalise ${ENTITIES} × ${UNITS} (${engine.name}), wall`,
          value: `${finalise.seconds.toFixed(1)} s (${finalise.cpuSeconds.toFixed(1)} s CPU)`,
          target: `≤ ${TARGETS[engine.name]} s`,
          met: finalise.seconds <= TARGETS[engine.name],
        },
        {
          figure: `finalise (${engine.name}), peak RSS`,
          value: `${finalise.peakMb} MB`,
          target: '≤ 1024 MB',
          met: finalise.peakMb > 0 ? finalise.peakMb <= 1024 : undefined,
        },
      );
      if (database) {
        const storageMb = await snapshotMb(database.url);
        lines.push(`${engine.name}: snapshot storage ${storageMb} MB (≤ 30)`);
        summary.push({
          figure: `snapshot storage (${engine.name})`,
          value: `${storageMb} MB`,
          target: '≤ 30 MB',
          met: Number(storageMb) <= 30,
        });
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await database?.drop();
    }
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()[0]?.toFixed(1)}`;
  return {
    name: `National cycle (issue #19): load and finalise, ${ENTITIES} × ${UNITS} (${machine})`,
    lines,
    summary,
  };
}

/** `patuh <args>` under /usr/bin/time (wall seconds, peak RSS); refuses to report a failed run as a figure. */
async function runTimed(args: string[], env: Record<string, string>): Promise<Run> {
  const timeBinary = '/usr/bin/time';
  const command = existsSync(timeBinary)
    ? [timeBinary, '-f', 'patuh-bench-time %e %M %U %S', process.execPath, 'bin/patuh.js', ...args]
    : [process.execPath, 'bin/patuh.js', ...args];
  const started = performance.now();
  const child = spawn(command[0] ?? process.execPath, command.slice(1), {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`patuh ${args.join(' ')} exited with ${code}:\n${output}`);
  const timed = /patuh-bench-time ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(output);
  return {
    seconds: timed ? Number(timed[1]) : wallSeconds,
    cpuSeconds: timed ? Number(timed[3]) + Number(timed[4]) : 0,
    peakMb: timed ? Math.round(Number(timed[2]) / 1024) : 0,
    output,
  };
}

/** On-disk size of the snapshot tables (rows, TOAST and indexes) after one finalise. */
async function snapshotMb(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ bytes: string }>(
      `select (pg_total_relation_size('unit_results') + pg_total_relation_size('entity_results')
        + pg_total_relation_size('result_snapshots'))::text as bytes`,
    );
    return (Number(rows[0]?.bytes ?? 0) / 1024 / 1024).toFixed(1);
  } finally {
    await client.end();
  }
}

await runBenchAlone(import.meta.url, runNationalBench);
