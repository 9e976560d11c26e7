import type { DecideObjectionRequest, Objection } from '../../contracts/objections.contract';
import { currentPhase } from '../../core/cycles/cycle-phases';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import { requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { decideObjectionRow, listObjectionViews } from '../db/repositories/objections.repository';
import { DomainError } from '../errors';
import { presentObjection } from '../objections/present-objection';
import { requireObjection } from '../objections/require-objection';
import { openUnitCorrection } from '../workflow/open-unit-correction';

/**
 * A verifier or coordinator of the province (or the centre) accepts or rejects an objection with a note,
 * during the objection window or determination (before the results are fixed). Accepting an objection about
 * a unit reopens that unit for correction (workflow/open-unit-correction); the answers themselves are
 * corrected by the assessor, and the centre finalises again.
 */
export async function decideObjection(
  db: Database,
  actor: RequestActor,
  params: { year: number; id: string },
  input: DecideObjectionRequest,
  context: AuditContext,
  now: Date,
): Promise<Objection> {
  const cycle = await requireCycle(db, params.year);
  const status = currentPhase(phasesOfCycle(cycle), now);
  const open =
    status.kind === 'in-phase' && (status.phase === 'objection-window' || status.phase === 'determination');
  if (!open)
    throw new DomainError('PHASE_CLOSED', {
      id: 'Sanggahan hanya dapat diputuskan pada tahap Masa sanggahan atau Penetapan.',
      en: 'Objections can only be decided during the Objection window or Determination.',
    });
  const objection = await requireObjection(db, actor, 'objection.decide', cycle, params.id);
  return db.transaction(async (tx) => {
    const decided = await decideObjectionRow(tx, objection.row.id, {
      status: input.decision,
      note: input.note,
      userId: actor.userId,
      at: now,
    });
    if (!decided)
      throw new DomainError('CONFLICT', {
        id: 'Sanggahan ini sudah diputuskan.',
        en: 'This objection has already been decided.',
      });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: `objection.${input.decision === 'accepted' ? 'accept' : 'reject'}`,
      resourceType: 'objection',
      resourceId: decided.id,
      provinceCode: decided.provinceCode,
      before: { status: objection.row.status },
      after: { status: decided.status, note: decided.decisionNote },
    });
    // An accepted objection about a unit reopens that unit for correction (issue #17): the assessor corrects,
    // and it is verified, approved and accepted again before the centre finalises anew.
    if (decided.status === 'accepted' && decided.locusUnitId && objection.unitId)
      await openUnitCorrection(
        tx,
        cycle,
        {
          locusId: decided.locusId,
          locusUnitId: decided.locusUnitId,
          resourceId: `${params.year}/${decided.entityCode}/${objection.unitId}`,
          provinceCode: decided.provinceCode,
        },
        `Sanggahan diterima: ${input.note}`,
        now,
        context,
        { objectionId: decided.id },
      );
    const [view] = await listObjectionViews(tx, cycle.id, { scope: { kind: 'all' }, id: decided.id });
    if (!view) throw new Error(`objection ${decided.id} vanished`);
    return presentObjection(view);
  });
}
