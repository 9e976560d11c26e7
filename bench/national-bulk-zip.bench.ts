import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoPassword } from '../src/server/demo/demo-users';
import { freePort } from '../test/helpers/free-port';
import { spawnPatuhServe, stopChildProcess, waitUntilAnswering } from '../test/helpers/patuh-serve-process';
import { type ProbeFigures, probeLivenessWhile } from './probe-liveness-while';
import { runBenchAlone } from './run-bench-alone';
import type { BenchFigures, BenchSummaryRow } from './scoring.bench';
import { memoryOf } from './server-process';
import { createThrowawayDatabase } from './throwaway-database';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const YEAR = 2031;
const UNITS = 7;
/** The national cycle of issue #19; PATUH_BENCH_NATIONAL_ENTITIES makes it smaller while developing only. */
const ENTITIES = Number(process.env.PATUH_BENCH_NATIONAL_ENTITIES ?? 586);
/** Which documents the job makes: `piagam` (the bulk piagam ZIP) or e.g. `piagam,rapor`. */
const DOCUMENTS = (process.env.PATUH_BENCH_BULK_DOCUMENTS ?? 'piagam').split(',');
const PROBE_INTERVAL_MS = 50;
const TARGET_P99_MS = 100;
const TARGET_PEAK_MB = 1024;

interface Job {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progressTotal: number;
  resultSizeBytes: number | null;
}

interface EngineRun {
  engine: 'pglite' | 'postgres';
  documents: number;
  jobSeconds: number;
  zipMb: number;
  probe: ProbeFigures;
  /** Highest resident memory sampled while the job ran, and the process's lifetime peak (VmHWM). */
  jobPeakMb: number;
  lifetimePeakMb: number;
  idleMb: number;
}

/**
 * Issue #19: a national bulk piagam ZIP on a running server. The national demo cycle (586 entities × 7 units)
 * is loaded and finalised through the CLI, `patuh serve` starts on it (a process of its own, so its memory is
 * read from /proc), the centre's signatory of the year is set (a piagam is not printed unsigned), and the
 * job is started through the API. A second process asks `/api/health/live` every 50 ms from the job's start
 * to its end. On PGlite (a fresh data dir) and, with TEST_DATABASE_URL, on a throwaway PostgreSQL database.
 */
export async function runNationalBulkZipBench(): Promise<BenchFigures> {
  const runs: EngineRun[] = [await runOnEngine('pglite')];
  if (process.env.TEST_DATABASE_URL) runs.push(await runOnEngine('postgres', process.env.TEST_DATABASE_URL));
  const summary: BenchSummaryRow[] = runs.flatMap((run) => [
    {
      figure: `bulk ${DOCUMENTS.join('+')} ZIP on a running server (${run.engine}): /api/health/live`,
      value: `p50 ${run.probe.p50} ms, p99 ${run.probe.p99} ms, max ${run.probe.max} ms (${run.documents} PDFs in ${run.jobSeconds.toFixed(0)} s)`,
      target: `p99 < ${TARGET_P99_MS} ms`,
      met: run.probe.p99 < TARGET_P99_MS,
    },
    {
      figure: `bulk ZIP on a running server (${run.engine}): server peak RSS during the job`,
      value: `${run.jobPeakMb} MB (idle before ${run.idleMb} MB)`,
      target: `≤ ${TARGET_PEAK_MB} MB`,
      met: run.jobPeakMb <= TARGET_PEAK_MB,
    },
  ]);
  return {
    name: `National bulk ZIP on a running server (${ENTITIES} × ${UNITS}, year ${YEAR}, documents ${DOCUMENTS.join(', ')})`,
    lines: runs.map(
      (run) =>
        `${run.engine}: ${run.documents} PDFs, ZIP ${run.zipMb.toFixed(1)} MB in ${run.jobSeconds.toFixed(1)} s; ` +
        `/api/health/live every ${PROBE_INTERVAL_MS} ms: ${run.probe.answers} answers, p50 ${run.probe.p50} ms, ` +
        `p99 ${run.probe.p99} ms, max ${run.probe.max} ms (target p99 < ${TARGET_P99_MS} ms); server RSS idle ` +
        `${run.idleMb} MB, peak during the job ${run.jobPeakMb} MB (target ≤ ${TARGET_PEAK_MB}), ` +
        `lifetime peak ${run.lifetimePeakMb} MB`,
    ),
    summary,
  };
}

async function runOnEngine(engine: EngineRun['engine'], serverUrl?: string): Promise<EngineRun> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'patuh-bench-national-zip-'));
  const database = serverUrl ? await createThrowawayDatabase(serverUrl, 'patuh_bench_bulk_zip') : undefined;
  const port = await freePort();
  const settings = {
    PATUH_SECRET: 'a-bench-secret-of-at-least-32-characters',
    ...(database ? { DATABASE_URL: database.url } : {}),
  };
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PATUH_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    PORT: String(port),
    ...settings,
  };
  try {
    await runCli(['demo', 'national', '--year', String(YEAR), '--entities', String(ENTITIES)], env);
    await runCli(['cycle', 'finalise', '--year', String(YEAR), '--scope', 'accepted'], env);
    // --demo: the demo accounts (the admin signs in below), on PostgreSQL too.
    const server = spawnPatuhServe({
      projectDir,
      port,
      dataDir,
      environment: settings,
      serveOptions: ['--demo'],
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitUntilAnswering(server, `${base}/api/health/live`, { timeoutMs: 300_000, intervalMs: 200 });
      const cookie = await signIn(base);
      await call(base, cookie, 'PUT', `/api/document-signatories/${YEAR}/pusat`, {
        signatories: [{ name: 'Penandatangan Uji Beban', title: 'Ketua Ombudsman Republik Indonesia' }],
        place: 'Jakarta',
      });
      // Start-up garbage collected before "idle" is read.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const idleMb = memoryOf(server).rssMb;
      let jobPeakMb = idleMb;
      const sampler = setInterval(() => {
        jobPeakMb = Math.max(jobPeakMb, memoryOf(server).rssMb);
      }, 100);
      const startedAt = performance.now();
      let finished: Job | undefined;
      const probe = await probeLivenessWhile(
        `${base}/api/health/live`,
        async () => {
          let job = await call<Job>(base, cookie, 'POST', '/api/document-jobs', {
            year: YEAR,
            documents: DOCUMENTS,
          });
          while (job.status !== 'done') {
            if (job.status === 'failed') throw new Error(`bulk job failed: ${JSON.stringify(job)}`);
            await new Promise((resolve) => setTimeout(resolve, 1000));
            job = await call<Job>(base, cookie, 'GET', `/api/document-jobs/${job.id}`);
          }
          finished = job;
        },
        PROBE_INTERVAL_MS,
      );
      const jobSeconds = (performance.now() - startedAt) / 1000;
      clearInterval(sampler);
      if (!finished) throw new Error('the bulk job did not finish');
      return {
        engine,
        documents: finished.progressTotal,
        jobSeconds,
        zipMb: (finished.resultSizeBytes ?? 0) / 1024 / 1024,
        probe,
        jobPeakMb,
        lifetimePeakMb: memoryOf(server).peakMb,
        idleMb,
      };
    } finally {
      await stopChildProcess(server);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
}

async function runCli(args: string[], env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ['bin/patuh.js', ...args], { cwd: projectDir, env, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`patuh ${args.join(' ')} exited with ${code}:\n${output}`);
}

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@patuh.test', password: demoPassword }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  return String(response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** A JSON API call as the signed-in admin; the answer is trusted to have the shape asked for (not validated). */
async function call<T>(
  base: string,
  cookie: string,
  method: string,
  url: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

await runBenchAlone(import.meta.url, runNationalBulkZipBench);
