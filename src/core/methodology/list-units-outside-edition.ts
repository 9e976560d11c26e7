import type { Methodology } from './methodology.schema';

export interface UnitOutsideEdition {
  entityCode: string;
  entityName: string;
  unitName: string;
  unitType: string;
}

/**
 * Units whose type the edition does not know, so it cannot score them (e.g. an RSUD under an edition written
 * before hospitals were assessed). Finalising names each one, with its entity, before it starts.
 */
export function listUnitsOutsideEdition(
  entities: readonly {
    code: string;
    name: string;
    units: readonly { name: string; type: string }[];
  }[],
  methodology: Methodology,
): UnitOutsideEdition[] {
  const known = new Set(methodology.unitTypes.map((unitType) => unitType.code));
  return entities.flatMap((entity) =>
    entity.units
      .filter((unit) => !known.has(unit.type))
      .map((unit) => ({
        entityCode: entity.code,
        entityName: entity.name,
        unitName: unit.name,
        unitType: unit.type,
      })),
  );
}
