import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createSeededRandom } from '../src/core';
import { commandLineAuditContext } from '../src/server/audit/audit-context';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/open-database';
import { listEntitiesWithProvince } from '../src/server/db/repositories/results.repository';
import { startServer } from '../src/server/start-server';
import { importResults } from '../src/server/use-cases/import-results';
import { syncReferenceData } from '../src/server/use-cases/sync-reference-data';
import { runBenchAlone } from './run-bench-alone';
import type { BenchFigures } from './scoring.bench';

const run = promisify(execFile);
const loadGenerator = fileURLToPath(new URL('./load-generator.ts', import.meta.url));
const PORT = 3974;
const PARALLEL = 30;
const LIVENESS_TARGET_P99_MS = 200;
const CACHED_TARGET_PER_SECOND = 200;
const CONNECTIONS = 30;
const DURATION_SECONDS = 5;

interface Burst {
  statuses: Map<number, number>;
  seconds: number;
  liveness: { count: number; p50: number; p99: number; max: number };
}

/**
 * Public documents under a flood (issue #15, finding 3): the real server (`startServer`, default render pool
 * and queue) on synthetic 2024 results, 30 parallel rapor requests while /api/health/live is polled back to back
 * from the same process; first 30 different entities (30 renders asked at once: the pool renders
 * `threads + queue` of them, the rest get 503 + Retry-After), then 30 requests for one entity (one render,
 * shared). Then the cached rapor under load from `load-generator.ts` in a second process.
 */
export async function runPublicDocumentsBench(): Promise<BenchFigures> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'patuh-bench-documents-'));
  const config = loadConfig({
    PORT: String(PORT),
    PATUH_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PATUH_PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000000',
  });
  try {
    const codes = await importSyntheticResults(config.database);
    const server = await startServer(config);
    try {
      const base = `http://127.0.0.1:${PORT}`;
      const raporUrl = (code: string) => `${base}/api/public/entities/${code}/rapor.pdf?year=2024`;
      // The probe with nothing else to do, for scale on a shared machine.
      const idle = await burst(base, [], 2);
      const distinct = await burst(
        base,
        codes.slice(0, PARALLEL).map((code) => raporUrl(code)),
      );
      const shared = await burst(
        base,
        Array.from({ length: PARALLEL }, () => raporUrl(codes[PARALLEL] ?? '16.06')),
      );
      const cachedUrl = raporUrl(codes[0] ?? '16.06');
      const cached = await load(cachedUrl);
      const livenessMet = Math.max(distinct.liveness.p99, shared.liveness.p99) < LIVENESS_TARGET_P99_MS;
      const throughputMet = cached.requestsPerSecond >= CACHED_TARGET_PER_SECOND && cached.non2xx === 0;
      return {
        name: `Public rapor under a flood (render threads ${config.renderThreads}, queue ${config.renderQueue}; ${codes.length} synthetic entity results of 2024)`,
        lines: [
          describeBurst('nothing else asked, 2 s (for scale)', idle),
          describeBurst(`${PARALLEL} parallel rapor, ${PARALLEL} different entities (cold)`, distinct),
          describeBurst(`${PARALLEL} parallel rapor, one entity (cold, one shared render)`, shared),
          `cached rapor, ${CONNECTIONS} connections for ${DURATION_SECONDS} s: ${cached.requestsPerSecond} req/s, p50 ${cached.p50} ms, p99 ${cached.p99} ms${cached.non2xx ? `, ${cached.non2xx} non-2xx` : ''}`,
          `liveness p99 < ${LIVENESS_TARGET_P99_MS} ms: ${livenessMet ? 'target met' : 'TARGET MISSED'}; cached ≥ ${CACHED_TARGET_PER_SECOND} req/s: ${throughputMet ? 'target met' : 'TARGET MISSED'}`,
        ],
        summary: [
          {
            figure: `public rapor cold, ${PARALLEL} entities at once: /api/health/live p99`,
            value: `${distinct.liveness.p99} ms (${describeStatuses(distinct)} in ${distinct.seconds.toFixed(1)} s)`,
            target: `< ${LIVENESS_TARGET_P99_MS} ms`,
            met: distinct.liveness.p99 < LIVENESS_TARGET_P99_MS,
          },
          {
            figure: `public rapor cached, ${CONNECTIONS} connections`,
            value: `${cached.requestsPerSecond} req/s, p99 ${cached.p99} ms`,
            target: `≥ ${CACHED_TARGET_PER_SECOND} req/s`,
            met: throughputMet,
          },
        ],
      };
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Fires every URL at once and polls the liveness probe, one request after another, until they are answered. */
async function burst(base: string, urls: string[], minimumSeconds = 0): Promise<Burst> {
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  let done = false;
  const started = performance.now();
  const poll = (async () => {
    while (!done) {
      const sent = performance.now();
      await (await fetch(`${base}/api/health/live`)).arrayBuffer();
      latencies.push(performance.now() - sent);
    }
  })();
  await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url);
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (seconds < minimumSeconds)
    await new Promise((resolve) => setTimeout(resolve, (minimumSeconds - seconds) * 1000));
  done = true;
  await poll;
  const sorted = latencies.sort((a, b) => a - b);
  const at = (share: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0);
  return {
    statuses,
    seconds,
    liveness: { count: sorted.length, p50: at(0.5), p99: at(0.99), max: Math.round(sorted.at(-1) ?? 0) },
  };
}

function describeStatuses(figures: Burst): string {
  return [...figures.statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${count}× ${status}`)
    .join(', ');
}

function describeBurst(label: string, figures: Burst): string {
  const statuses = describeStatuses(figures);
  const { liveness } = figures;
  const answered = figures.statuses.size ? `${statuses} in ${figures.seconds.toFixed(1)} s; ` : '';
  return `${label}: ${answered}/api/health/live ${liveness.count} polls, p50 ${liveness.p50} ms, p99 ${liveness.p99} ms, max ${liveness.max} ms`;
}

/** Synthetic 2024 results of every province and kabupaten/kota, imported through the import use-case. */
async function importSyntheticResults(
  database: ReturnType<typeof loadConfig>['database'],
): Promise<string[]> {
  const connection = await openDatabase(database);
  try {
    await connection.migrate();
    await syncReferenceData(connection.db, commandLineAuditContext);
    const random = createSeededRandom(2024);
    const entities = (await listEntitiesWithProvince(connection.db)).filter((entity) => entity.provinceCode);
    const lines = ['year,entity_code,score'];
    for (const entity of entities) lines.push(`2024,${entity.code},${(50 + random() * 49.99).toFixed(2)}`);
    await importResults(
      connection.db,
      undefined,
      { fileName: 'synthetic.csv', content: Buffer.from(lines.join('\n')) },
      commandLineAuditContext,
      new Date(Date.now() - 1000),
    );
    return entities.map((entity) => entity.code);
  } finally {
    await connection.close();
  }
}

async function load(
  url: string,
): Promise<{ requestsPerSecond: number; p50: number; p99: number; non2xx: number }> {
  const { stdout } = await run(process.execPath, [
    '--import',
    'tsx',
    loadGenerator,
    url,
    String(CONNECTIONS),
    String(DURATION_SECONDS),
  ]);
  return JSON.parse(stdout);
}

await runBenchAlone(import.meta.url, runPublicDocumentsBench);
