import type { AuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import { seedDemoUsers } from '../use-cases/seed-demo-users';
import { completedDemoCycleRequest, dayInPhase } from './demo-cycle-plan';
import { clearDemoSeedPending, markDemoSeedPending, readDemoSeedPending } from './demo-seed-pending';
import { seedCompletedDemoCycleIfAbsent, seedDemoCycles } from './seed-demo-cycles';
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
 * When the clock-free part of the demo is dated (the signatories set): the first day of the 2025 cycle, so that
 * part is the same whether `patuh build` made it into the demo template or a first start without one seeds it,
 * and whatever the clock says then.
 */
const demoSignatoriesSetAt = dayInPhase(completedDemoCycleRequest(), 'preparation', 0);

/**
 * The demo data set: one account per role, the Sumatera Selatan history (with four more provinces) and the
 * centre's piagam signatory of each year, a finished 2025 cycle computed by Patuh on the Opini edition for a
 * sample (public-trust surveys and oversight register included), Musi Banyuasin's improvement plan and
 * coaching session from it, and a 2026 cycle in the field. Every step skips what exists, so seeding twice
 * creates no duplicates; on a copy of the demo template (demo-template.ts) only the parts that depend on `now`
 * remain, and the accounts the template made are reported as made now.
 * One transaction: a crash part-way (kill -9 during the first start) leaves no demo at all, or only the
 * template's part still marked pending, so the next start seeds the rest again. Each use-case's own
 * transaction becomes a savepoint inside it.
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
    const fromTemplate = await readDemoSeedPending(tx);
    const createdUsers = [
      ...(fromTemplate?.createdUsers ?? []),
      ...(await seedClockFreeDemo(tx, dataDir, context, afterStep)),
    ];
    // Published at the first start, as the history of an office that has just installed Patuh.
    await seedDemoResults(tx, context, now);
    await seedDemoCycles(tx, dataDir, context, now);
    afterStep(3);
    await seedDemoPlan(tx, context, now);
    afterStep(4);
    if (fromTemplate) await clearDemoSeedPending(tx);
    return { createdUsers };
  });
}

/**
 * The part of the demo that reads no clock, for the demo template: accounts, signatories and the finished 2025
 * cycle, marked pending so that the first start on a copy seeds the rest (seedDemo).
 */
export async function seedDemoTemplatePart(
  db: Database,
  dataDir: string,
  context: AuditContext,
): Promise<DemoSeedOutcome> {
  return db.transaction(async (tx) => {
    const createdUsers = await seedClockFreeDemo(tx, dataDir, context, () => undefined);
    await markDemoSeedPending(tx, { createdUsers });
    return { createdUsers };
  });
}

async function seedClockFreeDemo(
  db: Database,
  dataDir: string,
  context: AuditContext,
  afterStep: (step: number) => void,
): Promise<string[]> {
  const createdUsers = await seedDemoUsers(db, context);
  afterStep(1);
  await seedDemoSignatories(db, context, demoSignatoriesSetAt);
  afterStep(2);
  await seedCompletedDemoCycleIfAbsent(db, dataDir, context);
  return createdUsers;
}
