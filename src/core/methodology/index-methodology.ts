import type { Methodology } from './methodology.schema';
import type { Scale } from './scale.schema';
import type { Applicability, Dimension, Indicator, RespondentRole } from './structure.schema';

export interface IndexedScale {
  scale: Scale;
  values: readonly number[];
  lowest: number;
  highest: number;
}

export interface IndexedIndicator {
  indicator: Indicator;
  dimension: Dimension;
  scale: IndexedScale;
}

export interface MethodologyIndex {
  indicators: ReadonlyMap<string, IndexedIndicator>;
  roles: ReadonlyMap<string, RespondentRole>;
  scales: ReadonlyMap<string, IndexedScale>;
}

const cache = new WeakMap<Methodology, MethodologyIndex>();

/** Lookups by code, built once per (validated) edition object. */
export function indexMethodology(methodology: Methodology): MethodologyIndex {
  const cached = cache.get(methodology);
  if (cached !== undefined) return cached;
  const scales = new Map<string, IndexedScale>();
  for (const scale of methodology.scales) {
    const values = scale.levels.map((level) => level.value);
    scales.set(scale.code, {
      scale,
      values,
      lowest: values[0] ?? 0,
      highest: values[values.length - 1] ?? 0,
    });
  }
  const indicators = new Map<string, IndexedIndicator>();
  for (const dimension of methodology.dimensions) {
    for (const indicator of dimension.indicators) {
      const scale = scales.get(indicator.scale);
      if (scale === undefined) {
        throw new Error(
          `indexMethodology: unknown scale "${indicator.scale}"; validate the methodology first`,
        );
      }
      indicators.set(indicator.code, { indicator, dimension, scale });
    }
  }
  const roles = new Map(methodology.respondentRoles.map((role) => [role.code, role]));
  const index = { indicators, roles, scales };
  cache.set(methodology, index);
  return index;
}

export function isApplicable(
  appliesTo: Applicability | undefined,
  entityKind: string,
  unitType: string | undefined,
): boolean {
  if (appliesTo === undefined) return true;
  if (appliesTo.entityKinds !== undefined && !appliesTo.entityKinds.includes(entityKind)) return false;
  if (
    unitType !== undefined &&
    appliesTo.unitTypes !== undefined &&
    !appliesTo.unitTypes.includes(unitType)
  ) {
    return false;
  }
  return true;
}
