import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashBuildInputs } from '../../../src/server/web-build';

const roots: string[] = [];
function projectWith(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-web-build-'));
  roots.push(root);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

describe('hashBuildInputs', () => {
  const files = {
    'src/web/main.tsx': 'render()',
    'src/contracts/health.contract.ts': 'export {}',
    'vite.config.ts': 'export default {}',
    'src/server/app.ts': 'server code',
  };

  it('is stable for the same sources and changes when a web, contract or config file changes', () => {
    const root = projectWith(files);
    const original = hashBuildInputs(root);
    expect(hashBuildInputs(root)).toBe(original);
    for (const [file, content] of [
      ['src/web/main.tsx', 'render(2)'],
      ['src/contracts/health.contract.ts', 'export const x = 1'],
      ['vite.config.ts', 'export default { base: "/" }'],
    ] as const) {
      const changed = projectWith({ ...files, [file]: content });
      expect(hashBuildInputs(changed), file).not.toBe(original);
    }
    expect(hashBuildInputs(projectWith({ ...files, 'src/web/new-page.tsx': 'x' }))).not.toBe(original);
  });

  it('ignores files the web app is not built from', () => {
    const root = projectWith(files);
    expect(hashBuildInputs(projectWith({ ...files, 'src/server/app.ts': 'changed server code' }))).toBe(
      hashBuildInputs(root),
    );
  });
});
