import { z } from 'zod';
import type { Queryable } from '../db/database';
import {
  deleteAppSetting,
  readAppSetting,
  writeAppSetting,
} from '../db/repositories/app-settings.repository';

const settingKey = 'demo-seed-pending';

const pendingSchema = z.object({ createdUsers: z.array(z.string()) });
export type DemoSeedPending = z.infer<typeof pendingSchema>;

/**
 * Set in the demo template (made by `patuh build`): its clock-free part of the demo is in, the rest is seeded
 * by the first start on a copy, which clears it in the same transaction. Also says which accounts the
 * template made, for that start to report.
 */
export async function markDemoSeedPending(db: Queryable, pending: DemoSeedPending): Promise<void> {
  await writeAppSetting(db, settingKey, pending);
}

/** Undefined when no demo seed is pending (no template copy, or its first start's seed finished). */
export async function readDemoSeedPending(db: Queryable): Promise<DemoSeedPending | undefined> {
  const stored = await readAppSetting(db, settingKey);
  return stored === undefined ? undefined : pendingSchema.parse(stored);
}

export async function clearDemoSeedPending(db: Queryable): Promise<void> {
  await deleteAppSetting(db, settingKey);
}
