import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import { requireOpenPhase } from '../cycles/require-open-phase';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { type AssignmentRole, listAssignments, replaceAssignments } from '../db/repositories/loci.repository';
import { findUserById } from '../db/repositories/users.repository';
import { DomainError } from '../errors';
import { requireExistingLocus } from '../loci/require-locus-in-scope';

/** Sets who assesses and who verifies a locus: active staff of that role working in the locus's province. */
export async function setLocusTeam(
  db: Database,
  actor: RequestActor,
  year: number,
  entityCode: string,
  team: { assessorIds: readonly string[]; verifierIds: readonly string[] },
  now: Date,
  context: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await requireCycle(tx, year);
    const { entity, locus } = await requireExistingLocus(tx, actor, 'team.assign', cycle, entityCode);
    requireOpenPhase(cycle, 'team.plan', now);
    const before = await listAssignments(tx, [locus.id]);
    for (const [role, ids] of [
      ['assessor', team.assessorIds],
      ['verifier', team.verifierIds],
    ] as const) {
      const unique = [...new Set(ids)];
      for (const userId of unique) await requireTeamMember(tx, userId, role, entity.provinceCode);
      await replaceAssignments(tx, locus.id, role, unique);
    }
    const after = await listAssignments(tx, [locus.id]);
    const describe = (rows: typeof before) => rows.map((row) => `${row.role}:${row.email}`).sort();
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'locus.team',
      resourceType: 'locus',
      resourceId: `${year}/${entity.code}`,
      provinceCode: entity.provinceCode,
      before: { team: describe(before) },
      after: { team: describe(after) },
    });
  });
}

async function requireTeamMember(
  db: Parameters<typeof findUserById>[0],
  userId: string,
  role: AssignmentRole,
  provinceCode: string | null,
): Promise<void> {
  const user = await findUserById(db, userId);
  const fits =
    user?.isActive === true &&
    user.role === role &&
    (provinceCode === null || user.provinceCodes.includes(provinceCode));
  if (!fits) {
    const roleId = role === 'assessor' ? 'asesor' : 'verifikator';
    throw new DomainError('VALIDATION_FAILED', {
      id: `Pengguna ${user?.email ?? userId} bukan ${roleId} aktif di provinsi lokus ini.`,
      en: `User ${user?.email ?? userId} is not an active ${role} in this locus's province.`,
    });
  }
}
