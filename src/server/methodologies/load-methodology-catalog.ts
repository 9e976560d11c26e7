import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatMethodologyRef,
  type Methodology,
  parseMethodologyRef,
  type ValidationIssue,
} from '../../core';
import { readMethodologyFile } from './read-methodology-file';

export interface CatalogEntry {
  ref: string;
  path: string;
  sha256: string;
  methodology: Methodology;
}

export interface MethodologyCatalog {
  /** Valid editions, sorted by id then version. */
  editions: CatalogEntry[];
  /** Files that failed validation: listed so they are fixed, never usable by a cycle. */
  invalid: { path: string; issues: readonly ValidationIssue[] }[];
}

export const defaultMethodologiesRoot = fileURLToPath(new URL('../../../methodologies/', import.meta.url));

/** Reads every `<root>/<id>/<version>/methodology.json`, validates it and computes its content hash. */
export async function loadMethodologyCatalog(
  root: string = defaultMethodologiesRoot,
): Promise<MethodologyCatalog> {
  const catalog: MethodologyCatalog = { editions: [], invalid: [] };
  for (const id of await listDirectories(root)) {
    for (const version of await listDirectories(join(root, id))) {
      const path = join(root, id, version, 'methodology.json');
      // A folder without methodology.json is not an edition (e.g. notes next to the editions).
      if (!(await fileExists(path))) continue;
      const result = await readMethodologyFile(path);
      if (!result.ok) {
        catalog.invalid.push({ path, issues: result.issues });
        continue;
      }
      const { methodology } = result;
      if (methodology.id !== id || methodology.version !== version) {
        catalog.invalid.push({
          path,
          issues: [
            {
              path: 'id',
              message: {
                id: `id/versi "${formatMethodologyRef(methodology)}" tidak cocok dengan folder "${id}/${version}"`,
                en: `id/version "${formatMethodologyRef(methodology)}" does not match the folder "${id}/${version}"`,
              },
            },
          ],
        });
        continue;
      }
      catalog.editions.push({
        ref: formatMethodologyRef(methodology),
        path,
        sha256: result.sha256,
        methodology,
      });
    }
  }
  catalog.editions.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return catalog;
}

/** The edition for "<id>@<version>", or undefined. */
export function findCatalogEdition(catalog: MethodologyCatalog, ref: string): CatalogEntry | undefined {
  const parsed = parseMethodologyRef(ref);
  if (parsed === undefined) return undefined;
  return catalog.editions.find((entry) => entry.ref === formatMethodologyRef(parsed));
}

async function listDirectories(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
