import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findBoundaryViolations } from '../../../scripts/boundaries/find-boundary-violations';

const fixtureRoot = fileURLToPath(new URL('../../fixtures/boundaries', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

describe('findBoundaryViolations', () => {
  const violations = findBoundaryViolations(fixtureRoot);
  const rulesOf = (file: string) => violations.filter((v) => v.file === file).map((v) => v.rule);

  it('rejects core importing server code or node built-ins', () => {
    expect(rulesOf('src/core/imports-server.ts')).toEqual([
      'core imports only zod and core (found "../server/app")',
      'core imports only zod and core (found "node:fs")',
    ]);
  });

  it('rejects web importing the database layer', () => {
    expect(rulesOf('src/web/imports-db.tsx')).toEqual([
      'web must not import server (found "../server/db/open-database")',
    ]);
  });

  it('rejects the ORM and process.env outside their one home', () => {
    expect(rulesOf('src/server/routes/uses-orm.ts')).toEqual([
      'only src/server/db imports the database packages (found "drizzle-orm")',
      'only src/server/config.ts reads process.env',
    ]);
  });

  it('rejects contracts importing web and reports importing server', () => {
    expect(rulesOf('src/contracts/imports-web.ts')).toEqual([
      'contracts import only zod, contracts and core (found "../web/pages/home-page")',
    ]);
    expect(rulesOf('src/reports/imports-server.ts')).toEqual([
      'reports must not import server (found "../server/config")',
    ]);
  });

  it('treats a folder import as that layer (../core is core, ../server is server)', () => {
    expect(rulesOf('src/contracts/uses-core-index.ts')).toEqual([]);
    expect(rulesOf('src/web/imports-server-index.ts')).toEqual([
      'web must not import server (found "../server")',
    ]);
  });

  it('accepts what the rules allow', () => {
    expect(rulesOf('src/core/clean.ts')).toEqual([]);
    expect(rulesOf('src/server/db/allowed.ts')).toEqual([]);
  });

  it('reports the line of each violation', () => {
    const envViolation = violations.find((v) => v.rule.includes('process.env'));
    expect(envViolation?.line).toBe(2);
  });

  it('finds no violation in the project itself', () => {
    expect(findBoundaryViolations(projectRoot)).toEqual([]);
  });
});
