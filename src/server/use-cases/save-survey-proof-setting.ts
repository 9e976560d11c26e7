import type { SurveyProofSettingDto } from '../../contracts/survey-proof.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import { requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  applyNoProofRule,
  findSurveyProofSetting,
  saveSurveyProofSetting,
} from '../db/repositories/survey-proof.repository';

/**
 * Sets whether the cycle's service-user survey asks for proof of service and how answers without it count, and
 * applies the rule to the answers already in (audited with how many changed): switching to `exclude` leaves
 * them out at once, switching back counts them again, while a verifier's own exclusions stay as they are.
 */
export async function saveSurveyProofSettingOfCycle(
  db: Database,
  year: number,
  setting: SurveyProofSettingDto,
  now: Date,
  context: AuditContext,
): Promise<SurveyProofSettingDto> {
  return db.transaction(async (tx) => {
    const cycle = await requireCycle(tx, year);
    const before = await findSurveyProofSetting(tx, cycle.id);
    if (before.proofRequired === setting.proofRequired && before.noProofRule === setting.noProofRule)
      return before;
    await saveSurveyProofSetting(tx, cycle.id, setting, now);
    const responsesChanged = await applyNoProofRule(
      tx,
      cycle.id,
      setting.proofRequired && setting.noProofRule === 'exclude',
      now,
    );
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'survey.proof-setting',
      resourceType: 'cycle',
      resourceId: String(year),
      before,
      after: { ...setting, responsesChanged },
    });
    return setting;
  });
}
