import type { AuditContext } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { listCollectedUnitRows } from '../db/repositories/collection-answers.repository';
import { resolveOpenReviewNotes } from '../db/repositories/workflow.repository';
import { DomainError } from '../errors';
import { applyUnitTransition, type UnitTarget } from '../workflow/apply-unit-transition';
import { checkUnitSubmission } from '../workflow/check-unit-submission';

/**
 * The assessor hands a draft or returned unit to the verifier. Refused (422 UNIT_INCOMPLETE, every problem in
 * `details`) while officials, answers or evidence are missing; the survey quota only warns. The verifier's
 * earlier notes count as dealt with from this moment.
 */
export async function submitLocusUnit(
  db: Database,
  actor: RequestActor,
  target: UnitTarget,
  now: Date,
  context: AuditContext,
): Promise<void> {
  await applyUnitTransition(db, actor, 'submit', target, now, context, async (tx, found) => {
    const { methodology } = await editionOfCycle(found.cycle);
    const [rows] = await listCollectedUnitRows(tx, [found.locusUnit.id]);
    if (!rows) throw new Error('a locus unit in scope has no collected rows');
    const check = checkUnitSubmission(rows, methodology, found.entity.kind);
    if (!check.isComplete) {
      const blocking = check.messages.length - (check.surveyQuota.reached ? 0 : 1);
      throw new DomainError(
        'UNIT_INCOMPLETE',
        {
          id: `Unit belum lengkap: ${blocking} hal harus dilengkapi sebelum diajukan.`,
          en: `The unit is incomplete: ${blocking} things must be completed before it is submitted.`,
        },
        check,
      );
    }
    const resolvedNotes = await resolveOpenReviewNotes(tx, found.locusUnit.id, now);
    return { resolvedNotes, surveyResponses: check.surveyQuota.responses };
  });
}
