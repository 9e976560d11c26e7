import type { UnitSurveyDto } from '../../contracts/survey.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireLocusUnit } from '../collection/require-locus-unit';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { isSurveyCodeTaken, setSurveyCodeIfAbsent } from '../db/repositories/survey.repository';
import { makeSurveyCode } from '../survey/make-survey-code';
import { getUnitSurvey } from './get-unit-survey';

/** Tries before giving up; with ~8.5 × 10^11 codes a second try is already rare. */
const maxAttempts = 8;

/**
 * Makes the unit's public survey link (its short code) unless it has one; the same link is returned on every
 * later call, so posters already printed stay valid. Audited when a code is made.
 */
export async function createSurveyLink(
  db: Database,
  actor: RequestActor,
  target: { year: number; entityCode: string; unitId: string },
  baseUrl: string,
  context: AuditContext,
): Promise<{ survey: UnitSurveyDto; created: boolean }> {
  const created = await db.transaction(async (tx) => {
    const { entity, locusUnit } = await requireLocusUnit(tx, actor, 'collection.write', target);
    if (locusUnit.surveyCode) return false;
    for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
      const code = makeSurveyCode();
      if (await isSurveyCodeTaken(tx, code)) continue;
      // Two staff members at once: the first code set wins, the second call changes nothing.
      if (!(await setSurveyCodeIfAbsent(tx, locusUnit.id, code))) return false;
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'survey.link',
        resourceType: 'locus-unit',
        resourceId: `${target.year}/${entity.code}/${target.unitId}`,
        provinceCode: entity.provinceCode,
        before: { surveyCode: null },
        after: { surveyCode: code },
      });
      return true;
    }
    throw new Error('no free survey code found');
  });
  return { survey: await getUnitSurvey(db, actor, target, baseUrl), created };
}
