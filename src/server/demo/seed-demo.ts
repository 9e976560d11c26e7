import type { AuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import { seedDemoUsers } from '../use-cases/seed-demo-users';
import { seedDemoCycles } from './seed-demo-cycles';
import { seedDemoPlan } from './seed-demo-plan';
import { seedDemoResults } from './sumatera-selatan-history';

export interface DemoSeedOutcome {
  /** E-mails of the demo accounts made now (empty when they all existed). */
  createdUsers: string[];
}

/**
 * The demo data set: one account per role, the Sumatera Selatan history (with four more provinces), a
 * finished 2025 cycle computed by Patuh, Musi Banyuasin's improvement plan and coaching session from it, and
 * a 2026 cycle in the field. Every step skips what exists,
 * so seeding twice creates no duplicates.
 */
export async function seedDemo(
  db: Database,
  dataDir: string,
  context: AuditContext,
  now: Date,
): Promise<DemoSeedOutcome> {
  const createdUsers = await seedDemoUsers(db, context);
  await seedDemoResults(db, context, now);
  await seedDemoCycles(db, dataDir, context, now);
  await seedDemoPlan(db, context, now);
  return { createdUsers };
}
