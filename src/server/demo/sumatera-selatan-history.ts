import { readFile } from 'node:fs/promises';
import type { ImportResultsResponse } from '../../contracts/results.contract';
import type { AuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import { listAllSnapshots } from '../db/repositories/results.repository';
import { importResults } from '../use-cases/import-results';
import { listOtherDemoEntities, otherProvincesHistoryRows } from './other-demo-provinces';

/**
 * Demo only: the published history of Sumatera Selatan's 17 kabupaten/kota (domain.md §5). 2023 is complete as
 * published; of 2022 and 2024 only some scores and ranks are public, so the others are demo values, marked
 * `is_demo_value` in the file and shown as such, chosen so Musi Banyuasin reads 9th → 4th → 2nd as published.
 */
export const sumateraSelatanHistoryFile = new URL('./sumatera-selatan-history.csv', import.meta.url);

export async function importSumateraSelatanHistory(
  db: Database,
  context: AuditContext,
  now: Date,
): Promise<ImportResultsResponse> {
  const content = await readFile(sumateraSelatanHistoryFile);
  return importResults(
    db,
    undefined,
    { fileName: 'sumatera-selatan-history.csv', content, embargoAt: now },
    context,
    now,
  );
}

/** The published years the demo imports rather than computes. */
const demoHistoryYears: readonly number[] = [2022, 2023, 2024];

/**
 * At start, next to the demo accounts, only into a database without results of those years: the Sumatera
 * Selatan history plus made-up 2022–2024 results of the other demo provinces, in one import (one snapshot per
 * year), published at `now` (so the demo liaison has a fresh publication notice).
 */
export async function seedDemoResults(db: Database, context: AuditContext, now: Date): Promise<void> {
  const snapshots = await listAllSnapshots(db);
  if (snapshots.some((snapshot) => demoHistoryYears.includes(snapshot.year))) return;
  const sumsel = (await readFile(sumateraSelatanHistoryFile, 'utf8')).trimEnd();
  const others = otherProvincesHistoryRows(await listOtherDemoEntities(db), demoHistoryYears);
  await importResults(
    db,
    undefined,
    { fileName: 'demo-history.csv', content: Buffer.from([sumsel, ...others].join('\n')), embargoAt: now },
    context,
    now,
  );
}
