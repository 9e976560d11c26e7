import type { UnitDisagreements } from '../../contracts/quality.contract';
import type { RequestActor } from '../auth/request-actor';
import { findFormQuestion } from '../collection/collection-roles';
import { loadUnitForms } from '../collection/load-unit-forms';
import { requireLocusUnit } from '../collection/require-locus-unit';
import type { Queryable } from '../db/database';
import { listDisagreementsOfUnit } from '../db/repositories/second-scoring.repository';
import { findDrawnSecondScoring } from '../quality/require-drawn-second-scoring';

/** The disagreements of a drawn unit for the verifier who settles them (scoped like verification). */
export async function listUnitDisagreements(
  db: Queryable,
  actor: RequestActor,
  target: { year: number; entityCode: string; unitId: string },
): Promise<UnitDisagreements> {
  const found = await requireLocusUnit(db, actor, 'collection.verify', target);
  const drawn = await findDrawnSecondScoring(db, target);
  const { unit, forms } = await loadUnitForms(db, found);
  const rows = await listDisagreementsOfUnit(db, {
    secondScoringId: drawn.secondScoringId,
    locusUnitId: found.locusUnit.id,
  });
  return {
    unitName: unit.name,
    items: rows.map((row) => {
      const question = findFormQuestion(forms, row.roleCode, row.indicatorCode);
      return {
        respondentId: row.respondentId,
        respondentName: row.respondentName,
        indicatorCode: row.indicatorCode,
        text: question?.text ?? { id: row.indicatorCode, en: row.indicatorCode },
        levels: (question?.levels ?? []).map((level) => ({ value: level.value, label: level.label })),
        firstLevel: row.firstLevel,
        secondLevel: row.secondLevel,
        settlement:
          row.settledLevel === null || row.settledAt === null
            ? null
            : { level: row.settledLevel, note: row.settlementNote ?? '', at: row.settledAt },
      };
    }),
  };
}
