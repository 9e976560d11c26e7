// `npm run build:map-data`: writes the portal's map files, simplified per zoom level, from the full boundary
// files in src/web/public/geo (kept there, full size, for anyone who wants them). The national view draws
// 514 kabupaten/kota some 400 px wide on a phone, so it gets a coarse file; a province's own detailed file is
// fetched only when the visitor zooms into it. Output is deterministic, and a unit test checks it is current.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sourceDir = path.join(root, 'src/web/public/geo');
export const outputDir = path.join(root, 'src/web/features/portal/map-data');

/**
 * Smallest triangle (in square degrees) a vertex must span to stay, and smallest island (ring area) drawn.
 * At national width (~1000 px for 48°) a pixel is ~0.05°, 2.5e-3 deg²; at a province's width (~5°) it is
 * ~0.005°, 2.5e-5 deg². Each level drops what would be about a pixel or less. A feature always keeps its
 * largest polygon, so a kabupaten of small islands still shows.
 */
const coarse = { weight: 2e-3, islandArea: 3e-3 };
const detailed = { weight: 5e-6, islandArea: 1e-5 };
/** Grid of the written coordinates: 1e4 steps over Indonesia's ~48° is ~500 m, finer than a national pixel. */
const coarseQuantization = 1e4;
const detailedQuantization = 1e5;

type Properties = Record<string, string>;

function readTopology(name: string): Topology<Objects<Properties>> {
  return JSON.parse(fs.readFileSync(path.join(sourceDir, name), 'utf8')) as Topology<Objects<Properties>>;
}

function simplifiedFeatures(
  source: Topology<Objects<Properties>>,
  objectName: string,
  level: { weight: number; islandArea: number },
): Feature<Geometry, Properties>[] {
  const simplified = simplify(presimplify(source), level.weight);
  const object = simplified.objects[objectName] as GeometryCollection<Properties> | undefined;
  if (!object) throw new Error(`topology has no ${objectName}`);
  const collection = feature(simplified, object) as FeatureCollection<Geometry, Properties>;
  return collection.features.map((item) => withoutSmallIslands(item, level.islandArea));
}

function withoutSmallIslands(
  item: Feature<Geometry, Properties>,
  minArea: number,
): Feature<Geometry, Properties> {
  if (item.geometry.type !== 'MultiPolygon') return item;
  const polygons = item.geometry.coordinates;
  const areas = polygons.map((polygon) => Math.abs(ringArea(polygon[0] ?? [])));
  const largest = Math.max(...areas);
  const kept = polygons.filter((_, index) => (areas[index] ?? 0) >= minArea || areas[index] === largest);
  return { ...item, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

/** Shoelace area in square degrees; small enough areas near the equator need no projection. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let index = 0; index < ring.length - 1; index += 1) {
    const [x1 = 0, y1 = 0] = ring[index] ?? [];
    const [x2 = 0, y2 = 0] = ring[index + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function toTopology(
  objectName: string,
  features: Feature<Geometry, Properties>[],
  quantization: number,
): string {
  const collection: FeatureCollection<Geometry, Properties> = { type: 'FeatureCollection', features };
  return JSON.stringify(topology({ [objectName]: collection }, quantization));
}

/** Every map file by name, as it should be on disk. */
export function buildMapFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const provinces = readTopology('indonesia-provinces.topo.json');
  files.set(
    'provinces.topo.json',
    toTopology('provinces', simplifiedFeatures(provinces, 'provinces', coarse), coarseQuantization),
  );
  const regencies = readTopology('indonesia-regencies.topo.json');
  files.set(
    'regencies.topo.json',
    toTopology('regencies', simplifiedFeatures(regencies, 'regencies', coarse), coarseQuantization),
  );
  const byProvince = new Map<string, Feature<Geometry, Properties>[]>();
  for (const item of simplifiedFeatures(regencies, 'regencies', detailed)) {
    const provinceCode = item.properties.province_code ?? '';
    byProvince.set(provinceCode, [...(byProvince.get(provinceCode) ?? []), item]);
  }
  for (const [provinceCode, features] of [...byProvince].sort(([a], [b]) => a.localeCompare(b))) {
    files.set(`regencies-${provinceCode}.topo.json`, toTopology('regencies', features, detailedQuantization));
  }
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.rmSync(outputDir, { recursive: true, force: true });
  fs.mkdirSync(outputDir, { recursive: true });
  let total = 0;
  for (const [name, text] of buildMapFiles()) {
    fs.writeFileSync(path.join(outputDir, name), text);
    total += text.length;
  }
  console.log(`map data written to ${path.relative(root, outputDir)} (${total} bytes)`);
}
