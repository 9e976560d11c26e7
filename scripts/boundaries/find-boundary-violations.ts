import fs from 'node:fs';
import path from 'node:path';

export interface BoundaryViolation {
  file: string;
  line: number;
  rule: string;
}

/** Packages that talk to the database: only the db layer (schema, repositories, connection) may use them. */
const databasePackages = /^(drizzle-orm|pg|@electric-sql\/pglite)(\/|$)/;
const importPattern =
  /(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/** Checks the layer rules of docs/architecture.md over every TypeScript file under `<root>/src`. */
export function findBoundaryViolations(root: string): BoundaryViolation[] {
  const sourceDir = path.join(root, 'src');
  return listSourceFiles(sourceDir).flatMap((file) => checkFile(root, file));
}

function checkFile(root: string, file: string): BoundaryViolation[] {
  const layerPath = path.relative(path.join(root, 'src'), file).split(path.sep).join('/');
  const source = fs.readFileSync(file, 'utf8');
  const violations: BoundaryViolation[] = [];
  const report = (index: number, rule: string): void => {
    violations.push({ file: path.relative(root, file), line: lineAt(source, index), rule });
  };
  for (const match of source.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? '';
    const target = resolveTarget(root, file, specifier);
    const rule = brokenRule(layerPath, specifier, target);
    if (rule) report(match.index, rule);
  }
  if (layerPath !== 'server/config.ts') {
    for (const match of source.matchAll(/process\.env\b/g)) {
      report(match.index, 'only src/server/config.ts reads process.env');
    }
  }
  return violations;
}

/** `target` is the imported file's path under src/ for relative imports, undefined for packages. */
function brokenRule(layerPath: string, specifier: string, target: string | undefined): string | undefined {
  const isPackage = target === undefined;
  if (layerPath.startsWith('core/')) {
    const allowed = isPackage
      ? specifier === 'zod' || specifier.startsWith('zod/')
      : target.startsWith('core/');
    if (!allowed) return `core imports only zod and core (found "${specifier}")`;
  }
  if (layerPath.startsWith('contracts/')) {
    const allowed = isPackage
      ? specifier === 'zod' || specifier.startsWith('zod/')
      : isWithin(target, 'contracts') || isWithin(target, 'core');
    if (!allowed) return `contracts import only zod, contracts and core (found "${specifier}")`;
  }
  if (
    (layerPath.startsWith('web/') || layerPath.startsWith('reports/')) &&
    target &&
    isWithin(target, 'server')
  ) {
    return `${layerPath.split('/')[0]} must not import server (found "${specifier}")`;
  }
  if (isPackage && databasePackages.test(specifier) && !layerPath.startsWith('server/db/')) {
    return `only src/server/db imports the database packages (found "${specifier}")`;
  }
  return undefined;
}

/** `core` itself (its index) or anything below it. */
function isWithin(target: string, layer: string): boolean {
  return target === layer || target.startsWith(`${layer}/`);
}

function resolveTarget(root: string, file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const absolute = path.resolve(path.dirname(file), specifier);
  return path.relative(path.join(root, 'src'), absolute).split(path.sep).join('/');
}

function listSourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function lineAt(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}
