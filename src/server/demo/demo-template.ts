import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  freshServerBundle,
  serverBundleDirName,
  serverBundleManifestName,
} from '../../../bin/server-bundle.js';
import { pgliteTemplateKey } from '../db/pglite-template';
import { projectRoot } from '../project-paths';

/**
 * The embedded database template with the clock-free part of the demo already in (seedDemoTemplatePart):
 * accounts, signatories and the finished 2025 cycle, with the evidence files that cycle stored. Made by
 * `patuh build` beside the plain template (build-demo-template.ts); a first start on an empty data folder
 * copies it and seeds only what depends on the day (the history published then, the 2026 cycle in the field,
 * the improvement plan):
 * seconds of start-up saved (docs/decisions/013).
 */
export const defaultDemoTemplateDir = path.join(projectRoot, 'dist/pglite-demo-template');

export const demoTemplateClusterName = 'cluster';
/** The data folder's `files` (evidence) as the template's seed left them. */
export const demoTemplateFilesName = 'files';
const keyName = 'key';
/** Raise when the template's layout changes, so an old build's template is never taken for a new one. */
const demoTemplateFormat = 1;

/**
 * What the demo template's contents follow from: the migrations and PGlite (the plain template's key), the
 * server code (the bundle's manifest, every input's size and time), and the files the seed reads at run time
 * (methodology editions, the history CSV, the locked package versions). Null when the server bundle is stale
 * or missing: the demo is then seeded in full from the sources, as without a template.
 */
export function demoTemplateKey(root: string = projectRoot): string | null {
  if (freshServerBundle(root) === null) return null;
  const hash = createHash('sha256');
  hash.update(`demo-template ${demoTemplateFormat}\0${pgliteTemplateKey()}\0`);
  const inputs = [
    path.join(root, serverBundleDirName, serverBundleManifestName),
    path.join(root, 'package-lock.json'),
    ...filesUnder(path.join(root, 'methodologies')),
    ...filesUnder(path.join(root, 'src/server/demo')).filter((file) => !file.endsWith('.ts')),
  ];
  for (const file of inputs) {
    hash.update(`${path.relative(root, file)}\0`);
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The template folder when it is complete and made for `key`; null otherwise (or when `key` is null). */
export function freshDemoTemplate(templateDir: string, key: string | null): string | null {
  if (key === null) return null;
  const keyFile = path.join(templateDir, keyName);
  const isFresh =
    fs.existsSync(keyFile) &&
    fs.readFileSync(keyFile, 'utf8') === key &&
    fs.existsSync(path.join(templateDir, demoTemplateClusterName, 'PG_VERSION'));
  return isFresh ? templateDir : null;
}

/** Marks a finished demo template (cluster and files in place) as made for `key`; written last. */
export function writeDemoTemplateKey(templateDir: string, key: string): void {
  fs.writeFileSync(path.join(templateDir, keyName), key);
}
