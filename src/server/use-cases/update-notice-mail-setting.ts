import type { NoticeMailSetting } from '../../contracts/notifications.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findMailEnabled, saveMailEnabled } from '../db/repositories/notice-mail.repository';

/** Each person turns their e-mail digest on or off for themselves (audited). */
export async function updateNoticeMailSetting(
  db: Database,
  actor: RequestActor,
  mailEnabled: boolean,
  mailConfigured: boolean,
  context: AuditContext,
): Promise<NoticeMailSetting> {
  return db.transaction(async (tx) => {
    const before = await findMailEnabled(tx, actor.userId);
    await saveMailEnabled(tx, actor.userId, mailEnabled);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'account.notice-mail',
      resourceType: 'user',
      resourceId: actor.userId,
      provinceCode: actor.provinceCodes[0] ?? null,
      before: { mailEnabled: before },
      after: { mailEnabled },
    });
    return { mailEnabled, mailConfigured };
  });
}
