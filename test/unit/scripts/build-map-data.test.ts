import fs from 'node:fs';
import path from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildMapFiles, outputDir } from '../../../scripts/build-map-data';

const files = buildMapFiles();
const codesIn = (text: string, object: string) =>
  ((JSON.parse(text) as Topology).objects[object] as GeometryCollection<{ code: string }>).geometries.map(
    (geometry) => (geometry.properties as { code?: string } | undefined)?.code,
  );

describe('the portal map files', () => {
  it('are what `npm run build:map-data` writes from the boundary files (rerun it after changing them)', () => {
    expect(fs.readdirSync(outputDir).sort()).toEqual([...files.keys()].sort());
    for (const [name, text] of files)
      expect(fs.readFileSync(path.join(outputDir, name), 'utf8') === text, name).toBe(true);
  });

  it('keep every province and kabupaten/kota: coarse nationally, detailed per province', () => {
    expect(new Set(codesIn(files.get('provinces.topo.json') ?? '', 'provinces')).size).toBe(38);
    const national = codesIn(files.get('regencies.topo.json') ?? '', 'regencies');
    expect(new Set(national).size).toBe(514);
    const perProvince = [...files]
      .filter(([name]) => /^regencies-\d\d\.topo\.json$/.test(name))
      .flatMap(([, text]) => codesIn(text, 'regencies'));
    expect(perProvince.sort()).toEqual([...national].sort());
    // Sumatera Selatan's detailed file holds its 17 kabupaten/kota and is far finer than the national one.
    const south = files.get('regencies-16.topo.json') ?? '';
    expect(codesIn(south, 'regencies')).toHaveLength(17);
    const arcsOf = (text: string) => (JSON.parse(text) as Topology).arcs.flat().length;
    expect(arcsOf(files.get('regencies.topo.json') ?? '')).toBeLessThan(12_000);
    expect(arcsOf(south)).toBeGreaterThan(1_000);
  });
});
