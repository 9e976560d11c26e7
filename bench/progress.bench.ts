import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import type { PatuhApp } from '../src/server/app-types';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/open-database';
import { demoPassword } from '../src/server/demo/demo-users';
import type { BenchFigures, BenchSummaryRow } from './scoring.bench';

const YEAR = 2031;
const RUNS = 7;
/** Issue #19: the field progress of a whole country answers in under half a second on PostgreSQL. */
const TARGET_MS = 500;
/** A database on the test server that already holds the national demo cycle (copied, never written to). */
const PREPARED_DATABASE = 'natbench';

interface Timed {
  medianMs: number;
  minMs: number;
  maxMs: number;
  bytes: number;
  compressedBytes: number;
  encoding: string;
}

/**
 * `GET /api/cycles/2031/progress` of the national demo (586 entities × 7 units, ~225,000 answers) through the
 * real app (`app.inject`, admin session, compression as a browser asks for it): the whole country and a page of
 * 50 entities, each the median of RUNS requests after the first. The first request is reported on its own: on a
 * database copied from before migration 0024 it counts every unit once; after `patuh demo national` the load
 * has counted them already. PostgreSQL when TEST_DATABASE_URL names a server (a copy of `natbench` when the
 * server has it, otherwise a fresh load), and the embedded PGlite on a fresh load.
 */
export async function runProgressBench(): Promise<BenchFigures> {
  const lines: string[] = [];
  const summary: BenchSummaryRow[] = [];
  const engines: { name: 'postgres' | 'pglite'; serverUrl?: string }[] = [];
  if (process.env.TEST_DATABASE_URL)
    engines.push({ name: 'postgres', serverUrl: process.env.TEST_DATABASE_URL });
  engines.push({ name: 'pglite' });
  for (const engine of engines) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-bench-progress-'));
    const database = engine.serverUrl ? await createThrowawayDatabase(engine.serverUrl) : undefined;
    try {
      const env: Record<string, string> = {
        PATUH_DATA_DIR: dataDir,
        PATUH_SECRET: 'a-bench-secret-of-at-least-32-characters',
        LOG_LEVEL: 'silent',
        ...(database ? { DATABASE_URL: database.url } : {}),
      };
      if (!database?.copied) await loadNationalDemo(env);
      const figures = await measure(env);
      const source = database?.copied ? `copy of ${PREPARED_DATABASE}` : 'fresh national demo';
      lines.push(
        `${engine.name} (${source}): first request ${figures.firstMs.toFixed(0)} ms`,
        `${engine.name}: whole country ${describe(figures.whole)} (target < ${TARGET_MS} ms on PostgreSQL)`,
        `${engine.name}: page of 50 entities ${describe(figures.page)}`,
      );
      summary.push(
        {
          figure: `progress, whole country (${engine.name})`,
          value: `${figures.whole.medianMs.toFixed(0)} ms, ${kb(figures.whole.compressedBytes)} ${figures.whole.encoding}`,
          ...(engine.name === 'postgres'
            ? { target: `< ${TARGET_MS} ms`, met: figures.whole.medianMs < TARGET_MS }
            : {}),
        },
        {
          figure: `progress, page of 50 (${engine.name})`,
          value: `${figures.page.medianMs.toFixed(0)} ms, ${kb(figures.page.compressedBytes)} ${figures.page.encoding}`,
        },
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await database?.drop();
    }
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()[0]?.toFixed(1)}`;
  return { name: `Field progress of a whole country (issue #19) (${machine})`, lines, summary };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const describe = (timed: Timed) =>
  `median ${timed.medianMs.toFixed(0)} ms (${timed.minMs.toFixed(0)}–${timed.maxMs.toFixed(0)}) of ${RUNS}, ` +
  `${kb(timed.bytes)} JSON, ${kb(timed.compressedBytes)} ${timed.encoding}`;

async function measure(env: Record<string, string>) {
  const config = loadConfig(env);
  const database = await openDatabase(config.database);
  await database.migrate();
  const app = await buildApp({ config, database });
  try {
    await app.ready();
    const cookie = await signIn(app);
    const started = performance.now();
    await get(app, cookie, '', true);
    const firstMs = performance.now() - started;
    return {
      firstMs,
      whole: await timeRequests(app, cookie, ''),
      page: await timeRequests(app, cookie, '?pageSize=50&page=2'),
    };
  } finally {
    await app.close();
    await database.close();
  }
}

async function timeRequests(app: PatuhApp, cookie: string, query: string): Promise<Timed> {
  const raw = await get(app, cookie, query, false);
  const times: number[] = [];
  let compressed = raw;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    compressed = await get(app, cookie, query, true);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    minMs: times[0] ?? 0,
    maxMs: times.at(-1) ?? 0,
    bytes: raw.bytes,
    compressedBytes: compressed.bytes,
    encoding: compressed.encoding,
  };
}

async function get(app: PatuhApp, cookie: string, query: string, compressed: boolean) {
  const response = await app.inject({
    method: 'GET',
    url: `/api/cycles/${YEAR}/progress${query}`,
    headers: { cookie, ...(compressed ? { 'accept-encoding': 'br, gzip' } : {}) },
  });
  if (response.statusCode !== 200)
    throw new Error(`progress answered ${response.statusCode}: ${response.body}`);
  return {
    bytes: response.rawPayload.length,
    encoding: String(response.headers['content-encoding'] ?? 'identity'),
  };
}

async function signIn(app: PatuhApp): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: 'admin@patuh.test', password: demoPassword },
  });
  const cookie = response.cookies.find((candidate) => candidate.name === 'patuh_session');
  if (!cookie) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return `patuh_session=${cookie.value}`;
}

/** `patuh demo national` (586 × 7, seed 7) in its own process, as an operator would run it. */
async function loadNationalDemo(env: Record<string, string>): Promise<void> {
  const args = [
    'bin/patuh.js',
    'demo',
    'national',
    '--year',
    String(YEAR),
    '--entities',
    '586',
    '--units',
    '7',
  ];
  const child = spawn(process.execPath, [...args, '--seed', '7'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, LOG_LEVEL: 'warn' },
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
  if (code !== 0) throw new Error(`patuh demo national exited with ${code}:\n${output}`);
}

/**
 * A throwaway database on the server: a copy of PREPARED_DATABASE when it exists and nobody is connected to it
 * (CREATE DATABASE … TEMPLATE needs that), otherwise an empty one for a fresh load.
 */
async function createThrowawayDatabase(
  serverUrl: string,
): Promise<{ url: string; copied: boolean; drop(): Promise<void> }> {
  const name = `patuh_bench_progress_${process.pid}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  let copied = false;
  try {
    await client.query(`drop database if exists ${name}`);
    const prepared = await client.query('select 1 from pg_database where datname = $1', [PREPARED_DATABASE]);
    if (prepared.rowCount) {
      copied = await client
        .query(`create database ${name} template ${PREPARED_DATABASE}`)
        .then(() => true)
        .catch(() => false);
    }
    if (!copied) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    copied,
    async drop() {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${name}`).finally(() => admin.end());
    },
  };
}
