// temporary S1 diagnostic (deleted before hand-off)
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { startBenchServer, stopBenchServer } from './server-process';
const dir = process.argv[2] ?? '/tmp/s1-tree';
const server = await startBenchServer(dir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [url, file, ready] of [['/', 'home', 'h1'], ['/hasil', 'portal', 'h1'], ['/hasil/entitas/16.06/riwayat', 'entity', 'a[href="/hasil"] >> nth=1']] as const) {
    const context = await browser.newContext({ baseURL: server.base, viewport: { width: 390, height: 844 } });
    // English stored, Indonesian HTML: the client renders afresh (createRoot), with the API held back.
    await context.addInitScript(() => window.localStorage.setItem('patuh.language', 'en'));
    await context.route('**/api/**', () => new Promise(() => {}));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => !document.getElementById('root')?.dataset.prerendered || document.documentElement.lang === 'en');
    await page.waitForTimeout(3000);
    const client = await page.evaluate(() => document.getElementById('root')?.innerHTML ?? '');
    const html = fs.readFileSync(`${dir}/dist/web/prerendered/${file}.en.html`, 'utf8');
    const start = html.indexOf('>', html.indexOf('<div id="root"')) + 1;
    const server_ = html.slice(start, html.lastIndexOf('</div>', html.indexOf('</body>')));
    fs.writeFileSync(`/tmp/s1-${file}-client.html`, client.replaceAll('><', '>\n<'));
    fs.writeFileSync(`/tmp/s1-${file}-server.html`, server_.replaceAll('><', '>\n<'));
    console.log(file, client.length, server_.length);
    await context.close();
  }
} finally {
  await browser.close();
  await stopBenchServer(server);
}
