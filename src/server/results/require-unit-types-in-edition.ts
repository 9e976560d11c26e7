import {
  type EntityAnswers,
  formatMethodologyRef,
  listUnitsOutsideEdition,
  type Methodology,
} from '../../core';
import { DomainError } from '../errors';

/**
 * Refuses to finalise, before anything is scored, when a unit's type is unknown to the cycle's edition:
 * the message names every such unit with its entity and type, and says which types the edition covers.
 */
export function requireUnitTypesInEdition(
  entities: readonly Pick<EntityAnswers, 'code' | 'name' | 'units'>[],
  methodology: Methodology,
): void {
  const outside = listUnitsOutsideEdition(entities, methodology);
  if (outside.length === 0) return;
  const ref = formatMethodologyRef(methodology);
  const listed = outside.map(
    (unit) => `${unit.entityName} (${unit.entityCode}) — ${unit.unitName} [${unit.unitType}]`,
  );
  const covered = methodology.unitTypes.map((unitType) => unitType.code).join(', ');
  throw new DomainError(
    'VALIDATION_FAILED',
    {
      id: `Jenis unit berikut tidak dikenal edisi ${ref}, sehingga tidak dapat dinilai: ${listed.join('; ')}. Edisi ini mencakup: ${covered}. Keluarkan unit tersebut dari lokus atau pakai edisi yang mencakupnya.`,
      en: `These unit types are unknown to edition ${ref}, so they cannot be scored: ${listed.join('; ')}. The edition covers: ${covered}. Take those units out of the locus or use an edition that covers them.`,
    },
    outside,
  );
}
