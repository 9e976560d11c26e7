import type { CollectionUnitParams, UnitCollection } from '../../contracts/collection.contract';
import { isUnitWorkOpenInPhase } from '../../core/cycles/phase-actions';
import type { RequestActor } from '../auth/request-actor';
import { countExpectedAnswers } from '../collection/count-expected-answers';
import { loadUnitForms } from '../collection/load-unit-forms';
import { requireLocusUnit } from '../collection/require-locus-unit';
import { respondentListOf } from '../collection/respondent-list-of';
import { scoreProvisionalUnit } from '../collection/score-provisional-unit';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import type { Queryable } from '../db/database';
import { listAnswersOfUnit, listEvidenceOfAnswers } from '../db/repositories/answers.repository';
import { listCollectedUnitRows } from '../db/repositories/collection-answers.repository';
import { listReviewNotes } from '../db/repositories/workflow.repository';
import { integrityDecisionBlocker } from '../evidence/integrity-decision-blocker';
import { loadEvidenceIntegrity } from '../evidence/load-evidence-integrity';
import { toAnswerDto, toCollectionFormsDto } from '../presenters/collection.presenter';

/**
 * Everything the field team needs for one locus unit: its forms from the frozen edition, officials, answers
 * with evidence, the verifier's notes and a provisional score (collection.read roles only; never published).
 */
export async function getUnitCollection(
  db: Queryable,
  actor: RequestActor,
  target: CollectionUnitParams,
  now: Date,
  settings: { evidenceMaxDistanceKm: number },
): Promise<UnitCollection> {
  const found = await requireLocusUnit(db, actor, 'collection.read', { ...target, entityCode: target.code });
  const { cycle, entity, locusUnit } = found;
  const { unit, methodology, forms, officialRoles } = await loadUnitForms(db, found);
  const respondentList = await respondentListOf(db, locusUnit.id, officialRoles);
  const answerRows = await listAnswersOfUnit(db, locusUnit.id);
  const evidence = await listEvidenceOfAnswers(
    db,
    answerRows.map((row) => row.id),
  );
  const formsDto = toCollectionFormsDto(forms, officialRoles);
  const unitPosition =
    unit.latitude !== null && unit.longitude !== null
      ? { latitude: unit.latitude, longitude: unit.longitude }
      : null;
  const integrity = await loadEvidenceIntegrity(
    db,
    cycle,
    evidence.map((item) => ({ ...item, unitPosition })),
    { maxDistanceKm: settings.evidenceMaxDistanceKm, provinceCode: entity.provinceCode },
  );
  const integrityBlocker = integrityDecisionBlocker(actor.role, cycle, locusUnit.status, now);

  const phase = isUnitWorkOpenInPhase(
    'answer.record',
    phasesOfCycle(cycle),
    now,
    locusUnit.correctionOpenedAt !== null,
  );
  const statusAllowsEditing = locusUnit.status === 'draft' || locusUnit.status === 'returned';
  const notEditableReason = !phase.open
    ? phase.reason
    : statusAllowsEditing
      ? null
      : {
          id: 'Unit ini sudah diajukan atau diverifikasi; hanya unit berstatus draf atau dikembalikan yang dapat diisi.',
          en: 'This unit has been submitted or verified; only draft or returned units can be filled in.',
        };

  const expectedCount = countExpectedAnswers(forms, officialRoles);
  const answeredCount = answerRows.filter((row) => row.level !== null).length;
  const [collected] = await listCollectedUnitRows(db, [locusUnit.id]);

  return {
    year: cycle.year,
    entity: { code: entity.code, name: entity.shortName, kind: entity.kind },
    unit: { id: unit.id, name: unit.name, unitTypeCode: unit.unitTypeCode },
    status: locusUnit.status,
    editable: notEditableReason === null,
    notEditableReason,
    methodologyRef: cycle.methodologyRef,
    forms: formsDto,
    ...respondentList,
    answers: answerRows.map((row) => toAnswerDto(row, evidence, integrity)),
    reviewNotes: (await listReviewNotes(db, locusUnit.id, 'oldest-first')).map((note) => ({
      id: note.id,
      indicatorCode: note.indicatorCode,
      note: note.note,
      authorName: note.authorName,
      createdAt: note.createdAt.toISOString(),
      resolvedAt: note.resolvedAt?.toISOString() ?? null,
    })),
    provisionalScore: collected
      ? scoreProvisionalUnit(collected, methodology, entity.kind, { answeredCount, expectedCount })
      : null,
    // Deciding an integrity flag changes what counts for scoring, as excluding a survey response does: the
    // same people, in the same phases, before the unit is verified.
    integrityDecision: {
      open: integrityBlocker === null,
      // Assessors never decide flags: no reason to show them, only the flags.
      reason: integrityBlocker && integrityBlocker.code !== 'FORBIDDEN' ? integrityBlocker.message : null,
    },
  };
}
