import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { demoPassword, demoUsers } from '../test/e2e/helpers/accounts';
import { api, openDataCollection } from '../test/e2e/helpers/data-collection';
import type { BenchFigures, BenchSummaryRow } from './scoring.bench';
import { type BenchServer, memoryOf, startBenchServer, stopBenchServer } from './server-process';

const chromiumPath = '/usr/bin/chromium';
/**
 * Chrome DevTools' "Slow 4G" (as Lighthouse's mobile runs use it): 150 ms RTT × 3.75 and 1.6 Mbit/s × 0.9 down,
 * 750 kbit/s × 0.9 up, on a CPU slowed 4×.
 */
const slow4g = { offline: false, latency: 562.5, downloadThroughput: 184_320, uploadThroughput: 84_375 };
const cpuSlowdown = 4;
const year = 2033;

interface PageFigures {
  name: string;
  bytes: number;
  requests: number;
  lcpMs: number;
  /** The largest responses, for `--requests`. */
  largest: [string, number][];
}

interface WebWeightFigures {
  startupMs: number;
  idleRssMb: number;
  loadedRssMb: number;
  peakRssMb: number;
  pages: PageFigures[];
}

/**
 * First-visit transfer and LCP of the public and field pages on an emulated phone, measured in Debian's
 * Chromium through the DevTools protocol, plus the server's start-up time on an empty data dir and its memory
 * idle and after the visits. `projectDir` lets the same bench run against another checkout (a baseline).
 */
export async function measureWebWeight(projectDir: string): Promise<WebWeightFigures> {
  const server = await startBenchServer(projectDir);
  try {
    // Let start-up garbage be collected before "idle" is read.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const idle = memoryOf(server.child);
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
    try {
      const { unitPath, surveyPath } = await prepareFieldPages(browser.newContext.bind(browser), server);
      const pages: PageFigures[] = [];
      const visits: [string, string, boolean, string][] = [
        ['/ (landing)', '/', false, 'h1'],
        // Ready once both the map and the zones chart are drawn: the chart library starts loading only after the
        // results arrive, and on a busy machine "network idle" came before it, leaving ECharts out in some runs.
        [
          '/hasil (portal with map)',
          '/hasil',
          false,
          'body:has([data-testid="map-regencies"] path):has([data-testid="zones-chart"] svg)',
        ],
        ['entity page', '/hasil/entitas/16.06/riwayat', false, '[data-testid="trend-chart"] svg'],
        ['unit form (assessor)', unitPath, true, 'h1'],
        ['survey page (server-rendered)', surveyPath, false, 'h1'],
      ];
      for (const [name, url, signedIn, ready] of visits) {
        const context = await browser.newContext({
          baseURL: server.base,
          viewport: { width: 390, height: 844 },
        });
        try {
          if (signedIn) await signInContext(context);
          // A page that never becomes ready is reported as such; the other pages are still measured.
          const figures = await visit(context, url, ready).catch((error: Error) => {
            console.error(`${name}: ${error.message.split('\n')[0]}`);
            return { bytes: 0, requests: 0, lcpMs: Number.NaN, largest: [] };
          });
          pages.push({ name, ...figures });
        } finally {
          await context.close();
        }
      }
      await loadPublicApi(server.base);
      const loaded = memoryOf(server.child);
      return {
        startupMs: server.startupMs,
        idleRssMb: idle.rssMb,
        loadedRssMb: loaded.rssMb,
        peakRssMb: loaded.peakMb,
        pages,
      };
    } finally {
      await browser.close();
    }
  } finally {
    await stopBenchServer(server);
  }
}

async function signInContext(context: BrowserContext): Promise<void> {
  const response = await context.request.post('/api/auth/sign-in', {
    data: { email: demoUsers.admin, password: demoPassword },
  });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`);
}

/** A unit in data collection and its survey link, made through the API as the admin. */
async function prepareFieldPages(
  newContext: (options: { baseURL: string }) => Promise<BrowserContext>,
  server: BenchServer,
): Promise<{ unitPath: string; surveyPath: string }> {
  const context = await newContext({ baseURL: server.base });
  try {
    await signInContext(context);
    const page = await context.newPage();
    const unitId = await openDataCollection(page, year, { team: false });
    const survey = `/api/cycles/${year}/loci/16.06/units/${unitId}/survey`;
    await api(page, 'POST', `${survey}/link`, {});
    const link: { code: string } = await api(page, 'GET', survey);
    return { unitPath: `/siklus/${year}/lokus/16.06/unit/${unitId}`, surveyPath: `/s/${link.code}` };
  } finally {
    await context.close();
  }
}

async function visit(context: BrowserContext, url: string, readySelector: string) {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slow4g);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  let bytes = 0;
  let requests = 0;
  const urls = new Map<string, string>();
  const sizes: [string, number][] = [];
  cdp.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string } }) => {
    urls.set(event.requestId, event.request.url);
  });
  cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
    requests += 1;
    sizes.push([new URL(urls.get(event.requestId) ?? 'http://x/?').pathname, event.encodedDataLength]);
  });
  await page.addInitScript(() => {
    const record = window as unknown as { largestPaint: number };
    record.largestPaint = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.largestPaint = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.locator(readySelector).first().waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const lcpMs = await page.evaluate(() => (window as unknown as { largestPaint: number }).largestPaint);
  await page.close();
  return { bytes, requests, lcpMs, largest: sizes.sort((a, b) => b[1] - a[1]).slice(0, 12) };
}

/** Announcement-day reads of the public results (500 requests, 50 at a time) before "loaded" memory is read. */
async function loadPublicApi(base: string): Promise<void> {
  const urls = ['/api/public/cycles', '/api/public/results', '/api/public/entities/16.06'];
  let next = 0;
  const worker = async () => {
    while (next < 500) {
      const url = urls[next % urls.length] ?? '/';
      next += 1;
      await fetch(`${base}${url}`, { headers: { 'accept-encoding': 'br, gzip' } }).then((response) =>
        response.arrayBuffer(),
      );
    }
  };
  await Promise.all(Array.from({ length: 50 }, worker));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function describeWebWeight(figures: WebWeightFigures, withRequests = false): string[] {
  const requestLines = withRequests
    ? figures.pages.flatMap((page) => [
        `${page.name}:`,
        ...page.largest.map(([url, size]) => `    ${kb(size).padStart(7)}  ${url}`),
      ])
    : [];
  return [
    ...requestLines,
    'page                          | first-visit transfer | requests | LCP (slow 4G, CPU ×4)',
    ...figures.pages.map(
      (page) =>
        `${page.name.padEnd(30)}| ${kb(page.bytes).padStart(20)} | ${String(page.requests).padStart(8)} | ${seconds(page.lcpMs)}`,
    ),
    `start-up on an empty data dir (migrate + demo seed + listen): ${seconds(figures.startupMs)} (target ≤ 5 s)`,
    `RSS idle ${figures.idleRssMb} MB (target ≤ 250 MB), after the visits and 500 public API reads ${figures.loadedRssMb} MB, peak ${figures.peakRssMb} MB`,
  ];
}

/** Targets of issue #19 per page (first-visit bytes, LCP on slow 4G + CPU ×4); pages without one are listed bare. */
const pageTargets: Record<string, { kb?: number; lcpSeconds?: number }> = {
  '/ (landing)': { kb: 250, lcpSeconds: 2.5 },
  '/hasil (portal with map)': { kb: 500, lcpSeconds: 4 },
  'entity page': { lcpSeconds: 4 },
};

export function summariseWebWeight(figures: WebWeightFigures): BenchSummaryRow[] {
  const rows: BenchSummaryRow[] = figures.pages.map((page) => {
    const target = pageTargets[page.name] ?? {};
    const kbValue = page.bytes / 1024;
    const lcpSeconds = page.lcpMs / 1000;
    const parts = [
      target.kb === undefined ? '' : `≤ ${target.kb} KB`,
      target.lcpSeconds === undefined ? '' : `LCP ≤ ${target.lcpSeconds} s`,
    ].filter(Boolean);
    return {
      figure: `${page.name}: first visit, LCP (slow 4G, CPU ×4)`,
      value: `${kb(page.bytes)}, ${page.requests} req, LCP ${seconds(page.lcpMs)}`,
      ...(parts.length
        ? {
            target: parts.join(', '),
            met:
              (target.kb === undefined || kbValue <= target.kb) &&
              (target.lcpSeconds === undefined || lcpSeconds <= target.lcpSeconds),
          }
        : {}),
    };
  });
  return [
    ...rows,
    {
      figure: 'server start-up on an empty data dir (PGlite)',
      value: seconds(figures.startupMs),
      target: '≤ 5 s',
      met: figures.startupMs <= 5000,
    },
    {
      figure: 'server RSS idle (PGlite)',
      value: `${figures.idleRssMb} MB`,
      target: '≤ 250 MB',
      met: figures.idleRssMb <= 250,
    },
    {
      figure: 'server RSS loaded (after the visits and 500 API reads) / peak',
      value: `${figures.loadedRssMb} / ${figures.peakRssMb} MB`,
    },
  ];
}

export async function runWebWeightBench(): Promise<BenchFigures> {
  const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const figures = await measureWebWeight(projectDir);
  return {
    name: 'Web weight: first visit on an emulated phone (Debian Chromium), start-up and memory on PGlite',
    lines: describeWebWeight(figures),
    summary: summariseWebWeight(figures),
  };
}

// `npx tsx bench/web-weight.bench.ts [projectDir] [--requests]`: this bench alone (e.g. against a baseline
// checkout), `--requests` listing each page's largest responses.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [directory] = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
  const projectDir = path.resolve(directory ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const withRequests = process.argv.includes('--requests');
  for (const line of describeWebWeight(await measureWebWeight(projectDir), withRequests)) console.log(line);
}
