// Which code `patuh serve` runs: the server bundle built by `patuh build` (src/server/build-server-bundle.ts)
// while it matches the sources, else the TypeScript sources through tsx (docs/decisions/012). Plain JavaScript,
// loaded before any TypeScript: the check stats the bundle's inputs (sizes and modification times, a few
// milliseconds) rather than reading them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const defaultProjectDir = fileURLToPath(new URL('..', import.meta.url));
export const serverBundleDirName = 'dist/server';
export const serverBundleEntryName = 'main.mjs';
export const serverBundleManifestName = 'manifest.json';
/** Raise when the manifest's shape changes: an old manifest then reads as stale. */
export const serverBundleFormat = 1;

/** Size and whole-millisecond modification time of a file, as the manifest records them; null when absent. */
export function fileStamp(file) {
  try {
    const stats = fs.statSync(file);
    return stats.isFile() ? [stats.size, Math.trunc(stats.mtimeMs)] : null;
  } catch {
    return null;
  }
}

/**
 * The bundle's entry file when its manifest's every input (paths relative to the project) still has the size
 * and modification time it had when the bundle was built; null when anything differs or is missing.
 */
export function freshServerBundle(projectDir = defaultProjectDir) {
  const bundleDir = path.join(projectDir, serverBundleDirName);
  const entry = path.join(bundleDir, serverBundleEntryName);
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(bundleDir, serverBundleManifestName), 'utf8'));
  } catch {
    return null;
  }
  if (manifest?.format !== serverBundleFormat || !Array.isArray(manifest.inputs) || !fs.existsSync(entry))
    return null;
  for (const input of manifest.inputs) {
    if (!Array.isArray(input) || input.length !== 3) return null;
    const [file, size, mtime] = input;
    const stamp = fileStamp(path.join(projectDir, file));
    if (stamp === null || stamp[0] !== size || stamp[1] !== mtime) return null;
  }
  return entry;
}
