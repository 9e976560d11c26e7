/**
 * Which locus units of a province are scored a second time, blind (docs/evidence-integrity.md). Pure and
 * reproducible: units are ordered by a hash of (seed, unit id) and the first ⌈percent × count⌉ taken, so the
 * same cycle draws the same sample on every run, and no one can steer which units are drawn.
 */
export function drawQualitySample(unitIds: readonly string[], percent: number, seed: string): string[] {
  if (unitIds.length === 0 || percent <= 0) return [];
  const wanted = Math.min(unitIds.length, Math.ceil((unitIds.length * percent) / 100));
  return [...unitIds]
    .map((id) => ({ id, rank: fnv1a(`${seed}:${id}`) }))
    .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id))
    .slice(0, wanted)
    .map((entry) => entry.id);
}

/** 32-bit FNV-1a: a spread-out, stable order; not a secret (the seed is the cycle, known to all). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
