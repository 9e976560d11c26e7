import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { mapFileUrl } from './map-files';

export type MapLevel = 'provinces' | 'regencies';

export interface MapShape {
  code: string;
  name: string;
  provinceCode: string;
  /** SVG path in map units (see `project`). */
  path: string;
  bounds: [number, number, number, number];
}

/** Plate carrée scaled ×20: Indonesia sits on the equator, so the distortion is small and no library is needed. */
const scale = 20;
const west = 94;
const north = 7;
export const fullBounds: [number, number, number, number] = [
  0,
  0,
  (142 - west) * scale,
  (north + 12) * scale,
];

function project([lon, lat]: Position): [number, number] {
  return [((lon ?? 0) - west) * scale, (north - (lat ?? 0)) * scale];
}

const cache = new Map<string, Promise<MapShape[]>>();

/**
 * Boundary files copied from cahyadsn/wilayah_boundaries (MIT, see /geo/README.md), joined on Kemendagri code,
 * simplified per zoom level: with `provinceCode`, that province's detailed kabupaten/kota.
 */
export function loadMapShapes(level: MapLevel, provinceCode?: string): Promise<MapShape[]> {
  const url = mapFileUrl(level, provinceCode);
  let shapes = cache.get(url);
  if (!shapes) {
    shapes = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<Topology>;
      })
      .then((topology) => {
        const object = topology.objects[level];
        if (!object) throw new Error(`topology has no ${level}`);
        const collection = feature(topology, object) as FeatureCollection<Geometry, Record<string, string>>;
        return collection.features.map(toShape);
      });
    shapes.catch(() => cache.delete(url));
    cache.set(url, shapes);
  }
  return shapes;
}

function toShape(item: Feature<Geometry, Record<string, string>>): MapShape {
  const polygons = polygonsOf(item.geometry);
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let previous = '';
      const points: string[] = [];
      for (const position of ring) {
        const [x, y] = project(position);
        bounds[0] = Math.min(bounds[0], x);
        bounds[1] = Math.min(bounds[1], y);
        bounds[2] = Math.max(bounds[2], x);
        bounds[3] = Math.max(bounds[3], y);
        const point = `${x.toFixed(1)},${y.toFixed(1)}`;
        // Neighbouring vertices that round to the same point add bytes, not shape.
        if (point !== previous) points.push(point);
        previous = point;
      }
      if (points.length > 2) parts.push(`M${points.join('L')}Z`);
    }
  }
  const properties = item.properties ?? {};
  const code = properties.code ?? String(item.id ?? '');
  return {
    code,
    name: properties.name ?? code,
    provinceCode: properties.province_code ?? code.slice(0, 2),
    path: parts.join(''),
    bounds,
  };
}

function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [(geometry as Polygon).coordinates];
  if (geometry.type === 'MultiPolygon') return (geometry as MultiPolygon).coordinates;
  return [];
}

/** The smallest box holding the shapes, with a margin. */
export function boundsOf(shapes: readonly MapShape[]): [number, number, number, number] {
  if (shapes.length === 0) return fullBounds;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const shape of shapes) {
    box[0] = Math.min(box[0], shape.bounds[0]);
    box[1] = Math.min(box[1], shape.bounds[1]);
    box[2] = Math.max(box[2], shape.bounds[2]);
    box[3] = Math.max(box[3], shape.bounds[3]);
  }
  const margin = Math.max(box[2] - box[0], box[3] - box[1]) * 0.04;
  return [box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin];
}
