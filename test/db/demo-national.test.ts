import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import type { DatabaseConnection } from '../../src/server/db/database';
import {
  findEntityResultInSnapshot,
  listUnitResultsOfEntityResult,
} from '../../src/server/db/repositories/document-sources.repository';
import { nationalDemoEdition } from '../../src/server/demo/national-demo-plan';
import { type NationalDemoOutcome, seedNationalDemo } from '../../src/server/demo/seed-national-demo';
import { findCachedEdition } from '../../src/server/methodologies/cached-methodology-catalog';
import { unitExplanationTrees } from '../../src/server/results/unit-explanation-trees';
import { finaliseCycle } from '../../src/server/use-cases/finalise-cycle';
import { spawnCli } from '../helpers/spawn-cli';
import { testEngines } from '../helpers/test-database';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

/** A fixed moment: the demo's calendar is built around it, and finalising at it falls in determination. */
const now = new Date('2031-10-07T03:00:00.000Z');

describe.each(testEngines())('patuh demo national on $name', (engine) => {
  let database: DatabaseConnection;
  let dataDir: string;
  let outcome: NationalDemoOutcome;

  const count = async (query: ReturnType<typeof sql>) => {
    const result = (await database.db.execute(query)) as unknown as { rows: { n: number }[] };
    return Number(result.rows[0]?.n);
  };

  beforeAll(async () => {
    database = await engine.open();
    await database.migrate();
    dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-demo-national-'));
    outcome = await seedNationalDemo(
      database.db,
      dataDir,
      commandLineAuditContext,
      { year: 2031, entities: 5, unitsPerEntity: 3, seed: 7, methodologyRef: nationalDemoEdition },
      now,
    );
  });
  afterAll(async () => {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes every locus verified, approved and accepted, with officials, answers, evidence, complaints and 30 survey responses a unit', async () => {
    expect(outcome).toMatchObject({ year: 2031, entities: 5, units: 15 });
    expect(await count(sql`select count(*)::int as n from loci where approval = 'accepted'`)).toBe(5);
    expect(await count(sql`select count(*)::int as n from loci where approval <> 'accepted'`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from locus_units where status = 'locked'`)).toBe(15);
    expect(await count(sql`select count(*)::int as n from survey_responses`)).toBe(15 * 30);
    // Four officials a unit: head, service officer, complaint team lead, complaint officer.
    expect(await count(sql`select count(*)::int as n from respondents`)).toBe(15 * 4);
    const answers = await count(sql`select count(*)::int as n from answers where level is not null`);
    expect(answers).toBeGreaterThan(15 * 20);
    const evidence = await count(sql`select count(*)::int as n from answer_evidence`);
    expect(evidence).toBeGreaterThan(0);
    const complaints = await count(sql`select count(*)::int as n from complaint_records`);
    expect(complaints).toBeGreaterThanOrEqual(15 * 3);
    // The rows reported are the rows written (the entities and units already in the directory are reused).
    const units = await count(sql`select count(*)::int as n from units`);
    expect(outcome.rows).toBe(units + 5 + 15 + 5 * 2 + 15 * 4 + answers + evidence + complaints + 15 * 30);
    expect(outcome.rowsByTable).toMatchObject({ loci: 5, locusUnits: 15, surveyResponses: 450 });
    expect(await count(sql`select count(*)::int as n from audit_log where action = 'demo.national'`)).toBe(1);
    // Progress counts are made once after the load, so the first progress read of the country counts nothing.
    expect(
      await count(
        sql`select count(*)::int as n from unit_progress_counts where counted_generation = generation
          and survey_responses = 30`,
      ),
    ).toBe(15);
  });

  it('is finalised at once, and the explanation trees rebuilt on read score as the published rows', async () => {
    const finalised = await finaliseCycle(
      database.db,
      undefined,
      2031,
      { scope: 'accepted' },
      commandLineAuditContext,
      now,
    );
    expect(finalised).toMatchObject({ entities: 5, units: 15, flags: [] });
    expect(finalised.changes).toHaveLength(5);
    expect(finalised.unitChanges).toHaveLength(15);
    const edition = await findCachedEdition(nationalDemoEdition);
    if (!edition) throw new Error('edition missing');
    const firstCode = finalised.changes[0]?.entityCode ?? '';
    const entity = await findEntityResultInSnapshot(database.db, finalised.snapshotId, firstCode);
    if (!entity) throw new Error('entity row missing');
    const units = await listUnitResultsOfEntityResult(database.db, entity.id);
    const trees = unitExplanationTrees(entity, units, edition.methodology);
    expect(trees.size).toBe(3);
    for (const unit of units)
      expect((trees.get(unit.id) as { score?: number } | undefined)?.score).toBeCloseTo(unit.score, 1);
  });

  it('refuses a second national demo of the same year (the cycle exists)', async () => {
    await expect(
      seedNationalDemo(
        database.db,
        dataDir,
        commandLineAuditContext,
        { year: 2031, entities: 2, unitsPerEntity: 1, seed: 8, methodologyRef: nationalDemoEdition },
        now,
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

// The done-when of issue #19 at toy size: the two commands on a fresh embedded data folder.
describe('patuh demo national, then patuh cycle finalise (command line)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-cli-national-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loads and finalises', async () => {
    const env = { PATUH_DATA_DIR: dataDir, PATUH_SECRET: 'a-test-secret-of-at-least-32-characters!' };
    const load = spawnCli(['demo', 'national', '--year', '2031', '--entities', '3', '--units', '2'], env);
    expect(await load.exited, load.output()).toBe(0);
    expect(load.output()).toMatch(/3 entitas\/entities, 6 unit/);
    const finalise = spawnCli(['cycle', 'finalise', '--year', '2031', '--scope', 'accepted'], env);
    expect(await finalise.exited, finalise.output()).toBe(0);
    expect(finalise.output()).toMatch(/3 entitas\/entities, 6 unit/);
  }, 180_000);
});
