import type { SurveyResponseItemDto, UnitSurveyResponsesDto } from '../../contracts/survey.contract';
import { flagSurveyResponses } from '../../core/survey/flag-survey-responses';
import type { RequestActor } from '../auth/request-actor';
import { requireLocusUnit } from '../collection/require-locus-unit';
import type { Queryable } from '../db/database';
import { findSurveyProofSetting } from '../db/repositories/survey-proof.repository';
import {
  listSurveyResponsesOfUnit,
  type StoredSurveyResponse,
} from '../db/repositories/survey-responses.repository';
import { findUnitById } from '../db/repositories/units.repository';
import { clientLabelOf } from '../survey/survey-client';
import { surveyExclusionBlocker } from '../survey/survey-exclusion-rules';
import { type SurveyFlagSettings, surveyFlagRulesOf } from '../survey/survey-flag-rules';

/**
 * A unit's survey responses for its team, newest first, each with the flags that suggest stuffing and whether
 * a verifier excluded it; scoped as the unit's collection is (404 outside). No device token, address or user
 * agent is shown: only a short per-unit pseudonym of the client.
 */
export async function getUnitSurveyResponses(
  db: Queryable,
  actor: RequestActor,
  target: { year: number; entityCode: string; unitId: string },
  now: Date,
  settings: SurveyFlagSettings = {},
): Promise<UnitSurveyResponsesDto> {
  const { cycle, entity, locusUnit } = await requireLocusUnit(db, actor, 'collection.read', target);
  const rows = await listSurveyResponsesOfUnit(db, locusUnit.id);
  const unit = await findUnitById(db, locusUnit.unitId);
  const flags = flagSurveyResponses(
    rows,
    surveyFlagRulesOf(settings, entity.provinceCode, unit?.serviceHours ?? null),
  );
  const proofRequired = (await findSurveyProofSetting(db, cycle.id)).proofRequired;
  const responses = rows.map((row) => {
    const rowFlags: SurveyResponseItemDto['flags'] = flags.get(row.id) ?? [];
    const hasProof = row.receiptNumber !== null || row.proofSeenAt !== null;
    return presentSurveyResponse(row, proofRequired && !hasProof ? [...rowFlags, 'no-proof'] : rowFlags);
  });
  const excluded = responses.filter((response) => response.excluded).length;
  const blocker = surveyExclusionBlocker(actor.role, cycle, locusUnit.status, now);
  return {
    responses,
    counted: responses.length - excluded,
    excluded,
    flagged: responses.filter((response) => response.flags.length > 0).length,
    afterSubmission: responses.filter((response) => response.afterSubmission).length,
    exclusion: { open: blocker === null, reason: blocker?.message ?? null },
  };
}

function presentSurveyResponse(
  row: StoredSurveyResponse,
  flags: SurveyResponseItemDto['flags'],
): SurveyResponseItemDto {
  return {
    id: row.id,
    submittedAt: row.submittedAt.toISOString(),
    levels: row.levels,
    client: clientLabelOf(row.clientHash),
    flags,
    excluded: row.excludedAt !== null,
    exclusion:
      row.excludedAt === null
        ? null
        : { note: row.exclusionNote ?? '', at: row.excludedAt.toISOString(), byName: row.excludedByName },
    proof: { receiptNumber: row.receiptNumber, seenAt: row.proofSeenAt?.toISOString() ?? null },
    afterSubmission: row.receivedAfterSubmission,
  };
}
