import { eq } from 'drizzle-orm';
import type { Queryable } from '../database';
import { appSettings } from '../schema';

export async function readAppSetting(db: Queryable, key: string): Promise<unknown> {
  const [row] = await db
    .select({ value: appSettings.value })
    .from(appSettings)
    .where(eq(appSettings.key, key));
  return row?.value;
}

export async function writeAppSetting(db: Queryable, key: string, value: unknown): Promise<void> {
  await db
    .insert(appSettings)
    .values({ key, value })
    .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: new Date() } });
}

/** Writes the value only when the key is absent; returns what is stored afterwards (the first writer wins). */
export async function writeAppSettingIfAbsent(db: Queryable, key: string, value: unknown): Promise<unknown> {
  await db.insert(appSettings).values({ key, value }).onConflictDoNothing({ target: appSettings.key });
  return readAppSetting(db, key);
}

export async function deleteAppSetting(db: Queryable, key: string): Promise<void> {
  await db.delete(appSettings).where(eq(appSettings.key, key));
}
