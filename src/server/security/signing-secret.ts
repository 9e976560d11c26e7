import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config';
import type { Queryable } from '../db/database';
import { readAppSetting, writeAppSettingIfAbsent } from '../db/repositories/app-settings.repository';

export const signingSecretSettingKey = 'signing-secret';

/**
 * The key that signs survey device tokens and derives piagam verification codes. PATUH_SECRET when set
 * (several servers on one PostgreSQL database then share it); otherwise 32 random bytes made once and kept in
 * app_settings, so codes printed on paper stay valid across restarts.
 */
/** Loads the secret once per process and keeps it; a failed load is forgotten, so the next call tries again. */
export function createSigningSecretLoader(db: Queryable, config: Pick<AppConfig, 'secret'>) {
  let secret: Promise<Buffer> | undefined;
  return (): Promise<Buffer> => {
    secret ??= loadSigningSecret(db, config).catch((error: unknown) => {
      secret = undefined;
      throw error;
    });
    return secret;
  };
}

export async function loadSigningSecret(db: Queryable, config: Pick<AppConfig, 'secret'>): Promise<Buffer> {
  if (config.secret) return Buffer.from(config.secret, 'utf8');
  const stored = await readAppSetting(db, signingSecretSettingKey);
  if (typeof stored === 'string' && stored.length > 0) return Buffer.from(stored, 'base64');
  // Two processes starting together on one PostgreSQL database: the first write wins, both use it.
  const winner = await writeAppSettingIfAbsent(
    db,
    signingSecretSettingKey,
    randomBytes(32).toString('base64'),
  );
  if (typeof winner !== 'string') throw new Error('signing secret could not be stored');
  return Buffer.from(winner, 'base64');
}
