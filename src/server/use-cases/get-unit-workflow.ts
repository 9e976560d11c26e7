import type { UnitWorkflow } from '../../contracts/workflow.contract';
import { buildCollectionForms } from '../../core/collection/build-collection-forms';
import type { RequestActor } from '../auth/request-actor';
import { requireLocusUnit } from '../collection/require-locus-unit';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { listCollectedUnitRows } from '../db/repositories/collection-answers.repository';
import { listReviewNotes } from '../db/repositories/workflow.repository';
import type { UnitTarget } from '../workflow/apply-unit-transition';
import { checkUnitSubmission } from '../workflow/check-unit-submission';
import { unitActionStates } from '../workflow/unit-transitions';

/**
 * Where a locus unit stands in the workflow: its status, what still blocks submission, which buttons the
 * caller may press now (or why not), the indicators notes can name, and the verifier's notes.
 */
export async function getUnitWorkflow(
  db: Queryable,
  actor: RequestActor,
  target: UnitTarget,
  now: Date,
): Promise<UnitWorkflow> {
  const { cycle, entity, locus, locusUnit } = await requireLocusUnit(db, actor, 'collection.read', target);
  const { methodology } = await editionOfCycle(cycle);
  const [rows] = await listCollectedUnitRows(db, [locusUnit.id]);
  if (!rows) throw new Error('a locus unit in scope has no collected rows');
  const forms = buildCollectionForms(methodology, { entityKind: entity.kind, unitType: rows.unitTypeCode });
  const indicators = methodology.dimensions
    .flatMap((dimension) => dimension.indicators)
    .filter((indicator) =>
      Object.values(forms.byMethod).some((questions) =>
        questions.some((q) => q.indicatorCode === indicator.code),
      ),
    )
    .map((indicator) => ({ code: indicator.code, text: indicator.text }));
  const notes = await listReviewNotes(db, locusUnit.id);
  return {
    status: locusUnit.status,
    statusChangedAt: locusUnit.statusChangedAt?.toISOString() ?? null,
    locusApproval: locus.approval,
    check: checkUnitSubmission(rows, methodology, entity.kind),
    actions: unitActionStates(
      actor.role,
      cycle,
      locusUnit.status,
      locus.approval,
      now,
      locusUnit.correctionOpenedAt !== null,
    ),
    indicators,
    notes: notes.map((note) => ({
      id: note.id,
      indicatorCode: note.indicatorCode,
      note: note.note,
      authorName: note.authorName,
      createdAt: note.createdAt.toISOString(),
      resolvedAt: note.resolvedAt?.toISOString() ?? null,
    })),
    correction: locusUnit.correctionOpenedAt
      ? { openedAt: locusUnit.correctionOpenedAt.toISOString(), reason: locusUnit.correctionReason ?? '' }
      : null,
    verificationOverrides: locusUnit.verificationOverrides ?? [],
  };
}
