import { buildCollectionForms, type CollectionForms } from '../../core/collection/build-collection-forms';
import type { Methodology } from '../../core/methodology/methodology.schema';
import type { RespondentRole } from '../../core/methodology/structure.schema';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { findUnitById, type UnitWithProducts } from '../db/repositories/units.repository';
import { officialRolesOf } from './collection-roles';
import type { LocusUnitInScope } from './require-locus-unit';

export interface UnitForms {
  unit: UnitWithProducts;
  methodology: Methodology;
  forms: CollectionForms;
  officialRoles: RespondentRole[];
}

/** The unit of a locus with the forms and official roles its cycle's frozen edition asks for. */
export async function loadUnitForms(db: Queryable, found: LocusUnitInScope): Promise<UnitForms> {
  const unit = await findUnitById(db, found.locusUnit.unitId);
  if (!unit) throw new Error(`locus unit ${found.locusUnit.id} names a missing unit`);
  const { methodology } = await editionOfCycle(found.cycle);
  const subject = { entityKind: found.entity.kind, unitType: unit.unitTypeCode };
  return {
    unit,
    methodology,
    forms: buildCollectionForms(methodology, subject),
    officialRoles: officialRolesOf(methodology, subject),
  };
}
