import type { Queryable } from '../db/database';
import {
  type EntityResultSummaryRow,
  listUnitResultsOfSnapshot,
  type UnitResultSummaryRow,
} from '../db/repositories/document-sources.repository';
import type { ResultSnapshotRow } from '../db/repositories/results.repository';
import { decidePiagams } from './decide-piagam';
import { methodologyOf } from './generate-piagam';
import { isPiagamIssued } from './piagam-eligibility';

export interface PiagamSubjects<Entity extends EntityResultSummaryRow = EntityResultSummaryRow> {
  entities: Entity[];
  units: { unit: UnitResultSummaryRow; entity: Entity }[];
}

/**
 * Who gets a piagam in a snapshot: the entities decide-piagam.ts awards (2022–2024 editions: green and Clean
 * and Clear only; Opini editions: Kualitas Tertinggi only) and the units of a category that earns one.
 */
export async function listPiagamSubjects<Entity extends EntityResultSummaryRow>(
  db: Queryable,
  snapshot: ResultSnapshotRow,
  entities: readonly Entity[],
): Promise<PiagamSubjects<Entity>> {
  const methodology = await methodologyOf(snapshot);
  const decisions = await decidePiagams(db, snapshot, entities, methodology);
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const units: PiagamSubjects<Entity>['units'] = [];
  for (const unit of await listUnitResultsOfSnapshot(db, snapshot.id)) {
    const entity = entityById.get(unit.entityResultId);
    if (entity && isPiagamIssued(methodology, unit.category)) units.push({ unit, entity });
  }
  return {
    entities: entities.filter((entity) => decisions.get(entity.entityId)?.issued === true),
    units,
  };
}

/** The province of every piagam's entity (null: a ministry or agency, which the centre signs). */
export function provinceCodesOf(subjects: PiagamSubjects): (string | null)[] {
  return [
    ...subjects.entities.map((entity) => entity.provinceCode),
    ...subjects.units.map(({ entity }) => entity.provinceCode),
  ];
}
