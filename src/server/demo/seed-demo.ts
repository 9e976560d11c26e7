import type { AuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import { seedDemoUsers } from '../use-cases/seed-demo-users';
import { seedDemoCycles } from './seed-demo-cycles';
import { seedDemoPlan } from './seed-demo-plan';
import { seedDemoSignatories } from './seed-demo-signatories';
import { seedDemoResults } from './sumatera-selatan-history';

export interface DemoSeedOutcome {
  /** E-mails of the demo accounts made now (empty when they all existed). */
  createdUsers: string[];
}

export interface DemoSeedOptions {
  /** Called after each of the four steps (1–4) inside the transaction: crash tests stop the process there. */
  afterStep?: ((step: number) => void) | undefined;
}

/**
 * The demo data set: one account per role, the Sumatera Selatan history (with four more provinces) and the
 * centre's piagam signatory of each year, a
 * finished 2025 cycle computed by Patuh on the Opini edition for a sample (public-trust surveys and oversight
 * register included), Musi Banyuasin's improvement plan and coaching session from it, and a 2026 cycle in the
 * field. Every step skips what exists, so seeding twice creates no duplicates.
 * One transaction: a crash part-way (kill -9 during the first start) leaves no demo at all rather than
 * accounts without their data, so the next start (no users yet) seeds it again from the beginning. Each
 * use-case's own transaction becomes a savepoint inside it.
 */
export async function seedDemo(
  db: Database,
  dataDir: string,
  context: AuditContext,
  now: Date,
  options: DemoSeedOptions = {},
): Promise<DemoSeedOutcome> {
  const afterStep = options.afterStep ?? (() => undefined);
  return db.transaction(async (tx) => {
    const createdUsers = await seedDemoUsers(tx, context);
    afterStep(1);
    await seedDemoResults(tx, context, now);
    await seedDemoSignatories(tx, context, now);
    afterStep(2);
    await seedDemoCycles(tx, dataDir, context, now);
    afterStep(3);
    await seedDemoPlan(tx, context, now);
    afterStep(4);
    return { createdUsers };
  });
}
