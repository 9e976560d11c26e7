import type { UnitCollection } from '../../../contracts/collection.contract';
import type { UnitScoringInput } from '../../../contracts/unit-scoring-input.contract';
import {
  type ProvisionalUnitScore,
  scoreProvisionalUnit,
} from '../../../core/collection/score-provisional-unit';
import type { CollectedUnit } from '../../../core/collection/to-unit-answers';
import type { Methodology } from '../../../core/methodology/methodology.schema';
import { createdIds } from './apply-outbox-to-collection';
import type { OutboxEntry } from './outbox-database';

/**
 * The unit as the server would score it once the outbox is sent: respondents and answers from the page's copy
 * with the outbox applied (`applyOutboxToCollection`), supporting files from the stored scoring input (only
 * those that count) plus photos and reused files still in the outbox, survey responses as stored.
 */
export function collectedUnitOnDevice(
  shown: UnitCollection,
  input: UnitScoringInput,
  entries: readonly OutboxEntry[],
): CollectedUnit {
  const ids = createdIds(entries);
  const storedFiles = new Map(input.unit.answers.map((answer) => [answer.id, answer.evidenceFiles]));
  const shownItems = new Map(
    shown.answers.flatMap((answer) => answer.evidence).map((item) => [item.id, item]),
  );
  const queuedFiles = new Map<string, string[]>();
  for (const entry of entries) {
    // A photo still in the outbox, or a file of the unit attached to one more answer (evidence reuse).
    const sha256 =
      entry.kind === 'evidence-upload'
        ? entry.file?.sha256
        : entry.kind === 'evidence-reuse'
          ? shownItems.get(String(entry.body?.fromEvidenceId))?.sha256
          : undefined;
    if (!sha256) continue;
    const owner = entry.body?.respondentId;
    const respondentId = typeof owner === 'string' ? (ids.get(owner) ?? owner) : null;
    const key = `${respondentId ?? ''}|${String(entry.body?.indicatorCode)}`;
    queuedFiles.set(key, [...(queuedFiles.get(key) ?? []), sha256]);
  }
  return {
    unitId: input.unit.unitId,
    unitName: input.unit.unitName,
    unitTypeCode: input.unit.unitTypeCode,
    productCount: input.unit.productCount,
    respondents: shown.respondents.map(({ id, roleCode, name }) => ({ id, roleCode, name })),
    answers: shown.answers.map((answer) => {
      // A file deleted in the outbox is gone from the page's copy: keep only the stored files still shown.
      const shownFiles = new Set(answer.evidence.map((item) => item.sha256));
      const stored = (storedFiles.get(answer.id) ?? []).filter((sha256) => shownFiles.has(sha256));
      const queued = queuedFiles.get(`${answer.respondentId ?? ''}|${answer.indicatorCode}`) ?? [];
      return {
        id: answer.id,
        respondentId: answer.respondentId,
        indicatorCode: answer.indicatorCode,
        level: answer.level,
        evidenceFiles: [...new Set([...stored, ...queued])],
      };
    }),
    surveyResponses: input.unit.surveyResponses,
  };
}

/**
 * The provisional score computed on the phone with the server's own core function, from the prepared copy and
 * the outbox: what the server will show once everything is sent.
 */
export function scoreUnitOnDevice(
  shown: UnitCollection,
  input: UnitScoringInput,
  methodology: Methodology,
  entries: readonly OutboxEntry[],
): ProvisionalUnitScore | null {
  return scoreProvisionalUnit(collectedUnitOnDevice(shown, input, entries), methodology, input.entityKind, {
    answeredCount: shown.answers.filter((answer) => answer.level !== null).length,
    expectedCount: input.expectedCount,
  });
}
