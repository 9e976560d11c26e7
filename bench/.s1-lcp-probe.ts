// temporary S1 diagnostic (deleted before hand-off)
import { chromium } from '@playwright/test';
import { startBenchServer, stopBenchServer } from './server-process';
const dir = process.argv[2] ?? '/tmp/s1-tree';
const server = await startBenchServer(dir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
try {
  for (const [url, lang] of (process.env.S1_URLS ? [['/', 'id']] : [['/', 'id'], ['/hasil', 'id'], ['/hasil/entitas/16.06/riwayat', 'id'], ['/', 'en'], ['/masuk', 'id']]) as [string, string][]) {
    const context = await browser.newContext({ baseURL: server.base, viewport: { width: 390, height: 844 } });
    if (lang === 'en') await context.addInitScript(() => window.localStorage.setItem('patuh.language', 'en'));
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text().slice(0, 3000)}`); });
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message.slice(0, 300)}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: 184_320, uploadThroughput: 84_375 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const w = window as unknown as { lcps: string[] };
      w.lcps = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { size: number; element: Element | null })[])
          w.lcps.push(`${Math.round(e.startTime)}ms size=${e.size} <${e.element?.tagName}> ${(e.element?.textContent ?? '').slice(0, 50)}`);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    await page.waitForTimeout(1000);
    const lcps = await page.evaluate(() => (window as unknown as { lcps: string[] }).lcps);
    const h1 = await page.locator('h1').first().textContent().catch(() => null);
    console.log(`== ${url} (${lang}) h1=${h1}`);
    for (const l of lcps) console.log('  LCP', l);
    for (const m of messages) console.log('  ', m);
    await context.close();
  }
} finally {
  await browser.close();
  await stopBenchServer(server);
}
