import type { UserScope } from '../../contracts/roles.contract';
import { can } from '../../core/access/can';
import type { Role } from '../../core/access/roles';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { deleteSessionsOfUser } from '../db/repositories/sessions.repository';
import { type UserRow, updateUser as writeUser } from '../db/repositories/users.repository';
import { DomainError } from '../errors';
import { toUserSummary } from '../presenters/user.presenter';
import { getUserInScope } from './get-user';
import { validateUserScope } from './validate-user-scope';

export async function updateUser(
  db: Database,
  actor: RequestActor,
  userId: string,
  changes: { name?: string | undefined; role?: Role | undefined; scope?: UserScope | undefined },
  context: AuditContext,
): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const before = await getUserInScope(tx, actor, userId, 'user.update');
    const role = changes.role ?? before.role;
    const scope = await validateUserScope(
      tx,
      actor,
      role,
      changes.scope ?? { provinceCodes: before.provinceCodes, entityCode: before.entityCode },
    );
    // The changed user must still be within what the actor may manage (no promoting beyond one's reach).
    if (!can(actor, 'user.update', { type: 'user', userId, role, provinceCodes: scope.provinceCodes })) {
      throw new DomainError('FORBIDDEN', {
        id: 'Perubahan ini melampaui cakupan Anda.',
        en: 'This change goes beyond your scope.',
      });
    }
    const after = await writeUser(tx, userId, {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      role,
      provinceCodes: scope.provinceCodes,
      entityCode: scope.entityCode,
    });
    // A narrower role or scope takes effect now, not when old sessions expire.
    if (role !== before.role || scope.provinceCodes.join() !== before.provinceCodes.join()) {
      await deleteSessionsOfUser(tx, userId);
    }
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'user.update',
      resourceType: 'user',
      resourceId: userId,
      provinceCode: after.provinceCodes[0] ?? before.provinceCodes[0] ?? null,
      before: toUserSummary(before),
      after: toUserSummary(after),
    });
    return after;
  });
}
