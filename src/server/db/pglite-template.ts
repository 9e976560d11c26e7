import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../project-paths';
import { migrationsFolder } from './backup/migration-journal';

/**
 * A migrated, empty embedded cluster made by `patuh build` (build-pglite-template.ts). A new data folder starts
 * as a copy of it: copying ~30 MB takes a fraction of a second, where initdb (a child process holding ~600 MB)
 * and the migrations take seconds. It is used only while its key matches this build's migrations and PGlite.
 */
export const defaultPgliteTemplateDir = path.join(projectRoot, 'dist/pglite-template');

/** The cluster folder and the key file inside a template folder. */
export const templateClusterName = 'cluster';
const templateKeyName = 'key';
/** Raise when the template's layout changes, so an old build's template is never taken for a new one. */
const templateFormat = 1;

/**
 * What the template's contents follow from: the migrations the migrator reads (journal and SQL) and the PGlite
 * release (its data files must match the engine's Postgres version). Any change to either gives a new key.
 */
export function pgliteTemplateKey(folder: string = migrationsFolder): string {
  const hash = createHash('sha256');
  hash.update(`format ${templateFormat}\0pglite ${pgliteVersion()}\0`);
  const files = [
    'meta/_journal.json',
    ...fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.sql'))
      .sort(),
  ];
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(folder, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function pgliteVersion(): string {
  // Its package.json is not exported: found beside its entry file (dist/index.cjs).
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const packageJson = JSON.parse(
    fs.readFileSync(path.join(path.dirname(entry), '../package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return packageJson.version;
}

/** True when `templateDir` holds a complete template made for `key`. */
export function isPgliteTemplateFresh(templateDir: string, key: string): boolean {
  const keyFile = path.join(templateDir, templateKeyName);
  return (
    fs.existsSync(keyFile) &&
    fs.readFileSync(keyFile, 'utf8') === key &&
    fs.existsSync(path.join(templateDir, templateClusterName, 'PG_VERSION'))
  );
}

/**
 * Copies the template's cluster to `clusterDir` (which must not exist) when the template is fresh for this
 * build's migrations; answers whether it did. A stale or missing template leaves the caller to run initdb.
 */
export function copyFreshPgliteTemplate(templateDir: string, clusterDir: string): boolean {
  if (!isPgliteTemplateFresh(templateDir, pgliteTemplateKey())) return false;
  fs.cpSync(path.join(templateDir, templateClusterName), clusterDir, { recursive: true });
  return true;
}

/** Marks a finished template (its cluster already in place) as made for `key`; written last. */
export function writePgliteTemplateKey(templateDir: string, key: string): void {
  fs.writeFileSync(path.join(templateDir, templateKeyName), key);
}
