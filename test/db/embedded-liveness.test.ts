import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/open-database';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';

const header = 'kode_entitas,jenis_entitas,kode_provinsi,nama_resmi,nama_singkat,alias,jenis_unit,nama_unit';

/** A directory file naming `count` new units of Musi Banyuasin: two statements each in one transaction. */
function manyUnitsCsv(count: number): string {
  const rows = Array.from(
    { length: count },
    (_, index) =>
      `16.06,pemkab,16,Pemerintah Kabupaten Musi Banyuasin,Kab. Musi Banyuasin,Muba,dinas-sosial,Unit layanan ${index + 1}`,
  );
  return [header, ...rows].join('\n');
}

describe('the embedded database gives the event loop a turn during long work', () => {
  it('lets other callbacks run between the statements of one long transaction', async () => {
    const database = await openDatabase({ kind: 'pglite-memory' });
    try {
      let turns = 0;
      let ticking = true;
      const tick = (): void => {
        turns += 1;
        if (ticking) setImmediate(tick);
      };
      setImmediate(tick);
      const turnsBefore = turns;
      await database.db.transaction(async (tx) => {
        for (let statement = 0; statement < 640; statement += 1) await tx.execute(sql`select 1`);
      });
      ticking = false;
      // At least one turn per 64 statements (the slice bound); without yielding PGlite settles every
      // statement in microtasks and no callback runs until the transaction ends.
      expect(turns - turnsBefore).toBeGreaterThanOrEqual(9);
    } finally {
      await database.close();
    }
  });
});

describe('/api/health/live during a large import on the embedded database', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let admin: string;

  /** Transactions of the embedded database open now: the import writes in one. */
  let openTransactions = 0;

  beforeAll(async () => {
    const openCountingTransactions = async () => {
      const connection = await openDatabase({ kind: 'pglite-memory' });
      const client = (connection.db as unknown as { $client: PGlite }).$client;
      const transaction = client.transaction.bind(client);
      client.transaction = (callback) =>
        transaction(async (tx) => {
          openTransactions += 1;
          try {
            return await callback(tx);
          } finally {
            openTransactions -= 1;
          }
        });
      return connection;
    };
    testApp = await buildTestApp({ name: 'pglite', open: openCountingTransactions }, { withDemoUsers: true });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    baseUrl = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => testApp.close());

  it('keeps answering while the import writes: probes answered inside its transaction', async () => {
    const units = 1500;
    let importAnswered = false;
    let probeAnswersWhileWriting = 0;
    const importing = fetch(`${baseUrl}/api/directory/import?format=csv`, {
      method: 'POST',
      headers: { cookie: admin, 'content-type': 'text/csv' },
      body: manyUnitsCsv(units),
    }).then(async (response) => {
      importAnswered = true;
      return { status: response.status, body: await response.json() };
    });
    const probing = (async () => {
      while (!importAnswered) {
        const response = await fetch(`${baseUrl}/api/health/live`);
        if (response.status === 200 && openTransactions > 0) probeAnswersWhileWriting += 1;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const imported = await importing;
    await probing;
    expect(imported).toMatchObject({ status: 200, body: { unitsCreated: units } });
    // Without a turn of the event loop between statements, no probe is answered until the transaction ends.
    expect(probeAnswersWhileWriting).toBeGreaterThanOrEqual(3);
  }, 180_000);
});
