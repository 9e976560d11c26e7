import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { type LocusUnitInScope, requireLocusUnit } from '../collection/require-locus-unit';
import type { Database, Transaction } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findLocusUnit } from '../db/repositories/loci.repository';
import { lockLocus, transitionLocusUnit } from '../db/repositories/workflow.repository';
import { DomainError } from '../errors';
import { transitionBlocker, type UnitTransition, unitTransitions } from './unit-transitions';

export interface UnitTarget {
  year: number;
  entityCode: string;
  unitId: string;
}

/**
 * Runs one workflow transition of a locus unit in one transaction: scope (404 outside), the locus lock, phase
 * and status rules (409 with the reason), the transition's own checks and writes (`during`), the status
 * update conditional on the status read, and the audit entry. Of two concurrent transitions exactly one
 * succeeds; the other gets 409 CONFLICT naming the status it found.
 */
export async function applyUnitTransition(
  db: Database,
  actor: RequestActor,
  transition: UnitTransition,
  target: UnitTarget,
  now: Date,
  context: AuditContext,
  during?: (tx: Transaction, found: LocusUnitInScope) => Promise<Record<string, unknown> | undefined>,
): Promise<void> {
  const rule = unitTransitions[transition];
  await db.transaction(async (tx) => {
    const found = await requireLocusUnit(tx, actor, rule.access, target);
    const locus = (await lockLocus(tx, found.locus.id)) ?? found.locus;
    const locusUnit = (await findLocusUnit(tx, locus.id, target.unitId)) ?? found.locusUnit;
    const underCorrection = locusUnit.correctionOpenedAt !== null;
    const blocker = transitionBlocker(
      transition,
      found.cycle,
      locusUnit.status,
      locus.approval,
      now,
      underCorrection,
    );
    if (blocker) throw new DomainError(blocker.code, blocker.message);
    const current = { ...found, locus, locusUnit };
    const extra = during ? await during(tx, current) : undefined;
    const changed = await transitionLocusUnit(tx, locusUnit.id, rule.from, rule.to, now);
    if (!changed) {
      // Another request moved the unit between our read and our update.
      throw new DomainError('CONFLICT', {
        id: 'Status unit baru saja diubah oleh orang lain; muat ulang halaman.',
        en: 'The unit’s status was just changed by someone else; reload the page.',
      });
    }
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: `unit.${transition}`,
      resourceType: 'locus-unit',
      resourceId: `${target.year}/${found.entity.code}/${target.unitId}`,
      provinceCode: found.entity.provinceCode,
      before: { status: locusUnit.status },
      after: { status: changed.status, ...extra },
    });
  });
}
