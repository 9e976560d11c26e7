import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import { hashPassword } from '../auth/password-hashing';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findUserByEmail, insertUser } from '../db/repositories/users.repository';
import { demoPassword, demoUsers } from '../demo/demo-users';

/** Creates the demo accounts that do not exist yet; returns the e-mails it created (seeding twice adds none). */
export async function seedDemoUsers(db: Database, context: AuditContext): Promise<string[]> {
  const passwordHash = await hashPassword(demoPassword);
  return db.transaction(async (tx) => {
    const created: string[] = [];
    for (const demoUser of demoUsers) {
      if (await findUserByEmail(tx, demoUser.email)) continue;
      const user = await insertUser(tx, { ...demoUser, passwordHash, mustChangePassword: false });
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'demo.seed-user',
        resourceType: 'user',
        resourceId: user.id,
        provinceCode: user.provinceCodes[0] ?? null,
        after: { email: user.email, role: user.role },
      });
      created.push(user.email);
    }
    return created;
  });
}
