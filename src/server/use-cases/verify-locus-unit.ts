import type { VerifyUnitRequest } from '../../contracts/workflow.contract';
import type { AuditContext } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { listCollectedUnitRows } from '../db/repositories/collection-answers.repository';
import { saveVerificationOverrides } from '../db/repositories/correction.repository';
import { DomainError } from '../errors';
import { applyUnitTransition, type UnitTarget } from '../workflow/apply-unit-transition';
import { checkUnitSubmission } from '../workflow/check-unit-submission';

/**
 * The verifier accepts a submitted unit's data as checked. The completeness check of submission runs again
 * (answers may have changed since, e.g. evidence deleted): every gap it lists blocks verification (422
 * UNIT_INCOMPLETE with the check in `details`) unless the verifier lets it through with a note naming its
 * key. The notes are stored on the unit (shown there and to the coordinator) and audited.
 */
export async function verifyLocusUnit(
  db: Database,
  actor: RequestActor,
  target: UnitTarget,
  now: Date,
  context: AuditContext,
  input: VerifyUnitRequest = { overrides: [] },
): Promise<void> {
  await applyUnitTransition(db, actor, 'verify', target, now, context, async (tx, found) => {
    const { methodology } = await editionOfCycle(found.cycle);
    const [rows] = await listCollectedUnitRows(tx, [found.locusUnit.id]);
    if (!rows) throw new Error('a locus unit in scope has no collected rows');
    const check = checkUnitSubmission(rows, methodology, found.entity.kind);
    const notes = new Map(input.overrides.map((override) => [override.key, override.note]));
    const unknown = [...notes.keys()].filter((key) => !check.gaps.some((gap) => gap.key === key));
    if (unknown.length > 0)
      throw new DomainError(
        'VALIDATION_FAILED',
        {
          id: `Catatan pengecualian menyebut kekurangan yang tidak ada: ${unknown.join(', ')}.`,
          en: `Override notes name gaps that do not exist: ${unknown.join(', ')}.`,
        },
        { unknown },
      );
    const uncovered = check.gaps.filter((gap) => !notes.has(gap.key));
    if (uncovered.length > 0)
      throw new DomainError(
        'UNIT_INCOMPLETE',
        {
          id: `Unit belum lengkap: ${uncovered.length} kekurangan harus dilengkapi atau dikecualikan dengan catatan per kekurangan sebelum diverifikasi.`,
          en: `The unit is incomplete: ${uncovered.length} gaps must be completed, or let through with a note each, before it is verified.`,
        },
        check,
      );
    const overrides = check.gaps.map((gap) => ({
      key: gap.key,
      text: gap.text.id,
      note: notes.get(gap.key) ?? '',
    }));
    await saveVerificationOverrides(tx, found.locusUnit.id, overrides.length > 0 ? overrides : null);
    return overrides.length > 0 ? { overrides } : undefined;
  });
}
