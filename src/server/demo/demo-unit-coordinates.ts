/**
 * Where Musi Banyuasin's demo units stand, in and around Sekayu (its capital), so photo evidence is checked
 * against a place (integrity flag `gps-far`, docs/evidence-integrity.md). Positions are illustrative, a few
 * hundred metres apart in town; the two puskesmas lie in their villages.
 */
const coordinatesByEntity: Record<string, Record<string, { latitude: number; longitude: number }>> = {
  '16.06': {
    'Dinas Sosial': { latitude: -2.8876, longitude: 103.848 },
    'Dinas Pendidikan': { latitude: -2.8841, longitude: 103.8512 },
    Disdukcapil: { latitude: -2.8905, longitude: 103.8449 },
    DPMPTSP: { latitude: -2.8862, longitude: 103.8531 },
    'Puskesmas Ulak Paceh': { latitude: -2.8354, longitude: 103.7612 },
    'Puskesmas Tanjung Kerang': { latitude: -2.9561, longitude: 103.7953 },
  },
};

/** The demo unit's coordinates, or none (null, null) for units the demo does not place. */
export function demoUnitCoordinates(
  entityCode: string,
  unitName: string,
): { latitude: number | null; longitude: number | null } {
  return coordinatesByEntity[entityCode]?.[unitName] ?? { latitude: null, longitude: null };
}
