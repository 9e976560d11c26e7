#!/usr/bin/env node
// The CLI and server run from TypeScript sources through tsx's loader: no separate compile step to go stale.
// `patuh serve` alone runs the bundle `patuh build` made, while it matches the sources (server-bundle.js): no
// loader thread or per-module transform at start, ~100 MB less resident memory (docs/decisions/012).
// `--version` and `--help` alone are answered here, without tsx or the command modules (seconds of start-up);
// test/unit/cli/cli-start-up.test.ts proves patuh-help.txt matches the full command tree's own help.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [onlyArgument, ...rest] = process.argv.slice(2);
if (rest.length === 0 && (onlyArgument === '--version' || onlyArgument === '-v')) {
  const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${packageJson.version}\n`);
} else if (rest.length === 0 && (onlyArgument === '--help' || onlyArgument === '-h')) {
  process.stdout.write(readFileSync(new URL('./patuh-help.txt', import.meta.url), 'utf8'));
} else {
  // The first start's demo seed child (src/server/demo/seed-demo-in-child.ts) runs what serve runs.
  const runsServer = onlyArgument === 'serve' || onlyArgument === '--internal-seed-demo-child';
  const bundle = runsServer ? (await import('./server-bundle.js')).freshServerBundle() : null;
  if (bundle) {
    await import(pathToFileURL(bundle).href);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../src/cli/main.ts');
  }
}
