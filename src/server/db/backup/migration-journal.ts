import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

const journalSchema = z.object({
  entries: z.array(z.object({ idx: z.number(), tag: z.string() }).passthrough()),
});

/** The migration tags this build knows, in order. */
export async function readMigrationTags(folder = migrationsFolder): Promise<string[]> {
  const journal = journalSchema.parse(
    JSON.parse(await readFile(path.join(folder, 'meta', '_journal.json'), 'utf8')),
  );
  return journal.entries.map((entry) => entry.tag);
}

/**
 * A copy of the migrations folder whose journal stops after `level` migrations: a PostgreSQL backup is loaded
 * into exactly the schema it was saved from, and the newer migrations then run over the restored rows.
 */
export async function migrationsFolderUpTo(
  level: number,
): Promise<{ folder: string; remove(): Promise<void> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'patuh-migrations-'));
  await cp(migrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, level);
  await writeFile(journalPath, JSON.stringify(journal));
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}
