import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  findCatalogEdition,
  loadMethodologyCatalog,
} from '../../../../src/server/methodologies/load-methodology-catalog';
import { readMethodologyFile } from '../../../../src/server/methodologies/read-methodology-file';
import { buildMethodologyData } from '../../../helpers/methodology-factory';

// The catalogue loader is I/O (src/server/methodologies); it is tested here with the core it wraps.
const roots: string[] = [];
function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'patuh-methodologies-'));
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function write(root: string, folder: string, content: string) {
  mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, folder, 'methodology.json'), content);
}

describe('loadMethodologyCatalog', () => {
  it('lists valid editions and keeps invalid ones out, with their issues', async () => {
    const root = tempRoot();
    write(root, 'test-method/1', JSON.stringify(buildMethodologyData()));
    const broken = buildMethodologyData() as { dimensions: { weight: number }[] };
    if (broken.dimensions[0]) broken.dimensions[0].weight = 10;
    write(root, 'test-method/2', JSON.stringify({ ...broken, version: '2' }));
    write(root, 'test-method/3', JSON.stringify(buildMethodologyData()));
    write(root, 'other/1', '{ not json');
    mkdirSync(join(root, 'notes/empty'), { recursive: true });

    const catalog = await loadMethodologyCatalog(root);
    expect(catalog.editions.map((entry) => entry.ref)).toEqual(['test-method@1']);
    expect(
      catalog.invalid.map((entry) => [entry.path.slice(root.length + 1), entry.issues[0]?.path]),
    ).toEqual([
      ['other/1/methodology.json', '(file)'],
      ['test-method/2/methodology.json', 'dimensions[1].weight'],
      ['test-method/3/methodology.json', 'id'],
    ]);
    expect(findCatalogEdition(catalog, 'test-method@1')?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(findCatalogEdition(catalog, 'test-method@2')).toBeUndefined();
    expect(findCatalogEdition(catalog, 'nonsense')).toBeUndefined();
  });

  it('reports a missing file as an issue instead of throwing', async () => {
    const result = await readMethodologyFile(join(tempRoot(), 'nope.json'));
    expect(result.ok).toBe(false);
  });
});
