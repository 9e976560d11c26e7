// Sums the JSON reports of every test runner (Vitest projects, Playwright) into one closing line.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? '.reports';
let passed = 0;
let failed = 0;
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
for (const name of files.sort()) {
  const report = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
  if (report.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky counts as failed (no retries are allowed).
    passed += report.stats.expected ?? 0;
    failed += (report.stats.unexpected ?? 0) + (report.stats.flaky ?? 0);
  } else {
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  console.log(`${name}: ${passed} passed so far, ${failed} failed so far`);
}
console.log(`${passed} passed, ${failed} failed`);
