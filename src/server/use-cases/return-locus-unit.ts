import type { ReturnUnitRequest } from '../../contracts/workflow.contract';
import { buildCollectionForms } from '../../core/collection/build-collection-forms';
import type { AuditContext } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { findUnitById } from '../db/repositories/units.repository';
import { insertReviewNotes } from '../db/repositories/workflow.repository';
import { DomainError } from '../errors';
import { applyUnitTransition, type UnitTarget } from '../workflow/apply-unit-transition';

/** The verifier sends a submitted unit back to the assessors with notes, per indicator or for the unit. */
export async function returnLocusUnit(
  db: Database,
  actor: RequestActor,
  target: UnitTarget,
  request: ReturnUnitRequest,
  now: Date,
  context: AuditContext,
): Promise<void> {
  await applyUnitTransition(db, actor, 'return', target, now, context, async (tx, found) => {
    const { methodology } = await editionOfCycle(found.cycle);
    const unit = await findUnitById(tx, found.locusUnit.unitId);
    const forms = buildCollectionForms(methodology, {
      entityKind: found.entity.kind,
      unitType: unit?.unitTypeCode ?? '',
    });
    const known = new Set(
      Object.values(forms.byMethod).flatMap((questions) => questions.map((q) => q.indicatorCode)),
    );
    const unknown = request.notes.find(
      (note) => note.indicatorCode !== null && !known.has(note.indicatorCode),
    );
    if (unknown) {
      throw new DomainError('VALIDATION_FAILED', {
        id: `Indikator "${unknown.indicatorCode}" tidak ada pada formulir unit ini.`,
        en: `Indicator "${unknown.indicatorCode}" is not on this unit's forms.`,
      });
    }
    await insertReviewNotes(
      tx,
      request.notes.map((note) => ({
        locusUnitId: found.locusUnit.id,
        indicatorCode: note.indicatorCode,
        note: note.note,
        authorUserId: actor.userId,
        createdAt: now,
      })),
    );
    return { notes: request.notes.map((note) => `${note.indicatorCode ?? 'unit'}: ${note.note}`) };
  });
}
