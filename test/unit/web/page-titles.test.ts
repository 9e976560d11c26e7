import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const webRoot = path.resolve(import.meta.dirname, '../../../src/web');
const router = readFileSync(path.join(webRoot, 'router.tsx'), 'utf8');

/** The page modules the router loads: every `import('./…')` of a route component, and the home page. */
function pageModules(): string[] {
  const lazy = [...router.matchAll(/import\('\.\/([^']+)'\)/g)].map((match) => match[1] ?? '');
  return [...new Set([...lazy, 'pages/home-page'])]
    .filter((module) => module !== 'features/auth/signed-in-layout')
    .sort();
}

describe('every page names itself in the document title (WCAG 2.4.2)', () => {
  it('finds the router’s pages', () => {
    expect(pageModules().length).toBeGreaterThanOrEqual(30);
    expect(pageModules()).toContain('features/portal/entity-results-page');
  });

  for (const module of pageModules()) {
    it(`${module} calls usePageTitle`, () => {
      const source = readFileSync(path.join(webRoot, `${module}.tsx`), 'utf8');
      expect(source).toMatch(/\busePageTitle\(/);
    });
  }
});
