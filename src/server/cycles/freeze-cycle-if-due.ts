import { hasPhaseStarted } from '../../core/cycles/cycle-phases';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { Queryable } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { type CycleRow, findCycleByYear, freezeCycle } from '../db/repositories/cycles.repository';
import { notFoundError } from '../errors';
import { findCachedEdition } from '../methodologies/cached-methodology-catalog';
import { phasesOfCycle } from './phases-of-cycle';

/**
 * Once data collection has opened, the cycle keeps the content hash of its edition: answers are collected
 * under exactly that text. Idempotent; called wherever a cycle is loaded, so no timer is needed.
 */
export async function freezeCycleIfDue(
  db: Queryable,
  cycle: CycleRow,
  now: Date,
  context: AuditContext,
): Promise<CycleRow> {
  if (cycle.methodologySha256 !== null) return cycle;
  if (!hasPhaseStarted(phasesOfCycle(cycle), 'data-collection', now)) return cycle;
  const edition = await findCachedEdition(cycle.methodologyRef);
  if (!edition) throw notFoundError();
  const frozen = await freezeCycle(db, cycle.id, edition.sha256, now);
  if (!frozen) return (await findCycleByYear(db, cycle.year)) ?? cycle;
  await appendAuditEntry(db, {
    ...auditFieldsOf(context),
    action: 'cycle.freeze',
    resourceType: 'cycle',
    resourceId: String(cycle.year),
    provinceCode: null,
    before: { methodologyRef: cycle.methodologyRef, methodologySha256: null },
    after: { methodologyRef: frozen.methodologyRef, methodologySha256: frozen.methodologySha256 },
  });
  return frozen;
}

/** Frozen now or due to be: the edition may no longer change. */
export function isEditionFixed(cycle: CycleRow, now: Date): boolean {
  return cycle.methodologySha256 !== null || hasPhaseStarted(phasesOfCycle(cycle), 'data-collection', now);
}
