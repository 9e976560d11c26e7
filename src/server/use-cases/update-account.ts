import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findUserById, type UserRow, updateUser } from '../db/repositories/users.repository';
import { notFoundError } from '../errors';

export async function updateAccount(
  db: Database,
  actor: RequestActor,
  changes: { name?: string | undefined; language?: 'id' | 'en' | undefined },
  context: AuditContext,
): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const before = await findUserById(tx, actor.userId);
    if (!before) throw notFoundError();
    const after = await updateUser(tx, actor.userId, {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.language !== undefined ? { language: changes.language } : {}),
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'account.update',
      resourceType: 'user',
      resourceId: actor.userId,
      provinceCode: after.provinceCodes[0] ?? null,
      before: { name: before.name, language: before.language },
      after: { name: after.name, language: after.language },
    });
    return after;
  });
}
