import type { AuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import { findSignatories } from '../db/repositories/document-signatories.repository';
import { centreOfficeCode } from '../documents/resolve-signing';
import { saveSignatories } from '../use-cases/save-signatories';
import { demoUsers } from './demo-users';
import { demoActor } from './seed-demo-cycle';

/** Every year the demo publishes or runs: 2022–2024 imported, 2025 computed, 2026 in the field. */
const demoSignatoryYears = [2022, 2023, 2024, 2025, 2026];

/**
 * The centre's signatory of each demo year, set by the demo admin through the audited use-case: a public
 * piagam is refused until its year's signatories are set (PIAGAM_NOT_SIGNED), and the demo shows piagams.
 * A fictitious name, never a real office holder. Years already set are left as they are.
 */
export async function seedDemoSignatories(db: Database, context: AuditContext, now: Date): Promise<void> {
  const admin = demoUsers.find((user) => user.role === 'admin');
  if (!admin) throw new Error('the demo has no admin account');
  const actor = await demoActor(db, admin.email);
  for (const year of demoSignatoryYears) {
    if (await findSignatories(db, year, centreOfficeCode)) continue;
    await saveSignatories(
      db,
      actor,
      { year, officeCode: centreOfficeCode },
      {
        signatories: [{ name: 'Dr. Rahmat Hidayat (contoh)', title: 'Ketua Ombudsman Republik Indonesia' }],
        place: 'Jakarta',
      },
      context,
      now,
    );
  }
}
