import type { FileObjectionRequest, Objection } from '../../contracts/objections.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import { requireOpenPhase } from '../cycles/require-open-phase';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findLocusUnit } from '../db/repositories/loci.repository';
import { insertObjection, listObjectionViews } from '../db/repositories/objections.repository';
import { DomainError, notFoundError } from '../errors';
import { requireExistingLocus } from '../loci/require-locus-in-scope';
import { presentObjection } from '../objections/present-objection';

/**
 * Files an objection (sanggahan) against a locus' provisional result, optionally naming a unit and an
 * indicator; only during the objection window. Evidence files are attached afterwards.
 */
export async function fileObjection(
  db: Database,
  actor: RequestActor,
  year: number,
  input: FileObjectionRequest,
  context: AuditContext,
  now: Date,
): Promise<Objection> {
  const cycle = await requireCycle(db, year);
  const { entity, locus } = await requireExistingLocus(db, actor, 'objection.file', cycle, input.entityCode);
  requireOpenPhase(cycle, 'objection.file', now);
  const locusUnit = input.unitId ? await findLocusUnit(db, locus.id, input.unitId) : undefined;
  if (input.unitId && !locusUnit) throw notFoundError();
  if (input.indicatorCode) {
    const { methodology } = await editionOfCycle(cycle);
    const known = methodology.dimensions.some((dimension) =>
      dimension.indicators.some((indicator) => indicator.code === input.indicatorCode),
    );
    if (!known)
      throw new DomainError('VALIDATION_FAILED', {
        id: `Indikator "${input.indicatorCode}" tidak ada dalam metodologi ${cycle.methodologyRef}.`,
        en: `Indicator "${input.indicatorCode}" is not in methodology ${cycle.methodologyRef}.`,
      });
  }
  return db.transaction(async (tx) => {
    const row = await insertObjection(tx, {
      cycleId: cycle.id,
      locusId: locus.id,
      entityCode: entity.code,
      provinceCode: entity.provinceCode,
      locusUnitId: locusUnit?.id ?? null,
      indicatorCode: input.indicatorCode,
      text: input.text,
      filedByUserId: actor.userId,
      createdAt: now,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'objection.file',
      resourceType: 'objection',
      resourceId: row.id,
      provinceCode: entity.provinceCode,
      before: null,
      after: {
        year,
        entityCode: entity.code,
        unitId: input.unitId,
        indicatorCode: input.indicatorCode,
        text: input.text,
      },
    });
    const [view] = await listObjectionViews(tx, cycle.id, { scope: { kind: 'all' }, id: row.id });
    if (!view) throw new Error(`objection ${row.id} vanished`);
    return presentObjection(view);
  });
}
