import { ConfigError } from '../server/config';
import { DataDirLockedError } from '../server/db/data-dir-lock';

/** Expected failures print their bilingual message only; anything else keeps its stack for debugging. */
export async function runCommand(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    const isUserFacing = error instanceof ConfigError || error instanceof DataDirLockedError;
    console.error(isUserFacing ? error.message : error);
    process.exitCode = 1;
  }
}
