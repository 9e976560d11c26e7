import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import type { DatabaseConnection } from '../../src/server/db/database';
import { entities } from '../../src/server/db/schema/entities';
import { syncReferenceData } from '../../src/server/use-cases/sync-reference-data';
import { testEngines } from '../helpers/test-database';

describe.each(testEngines())('reference data on $name', (engine) => {
  let database: DatabaseConnection;
  beforeAll(async () => {
    database = await engine.open();
    await database.migrate();
  });
  afterAll(() => database.close());

  it('loads 38 provinces, 514 kab/kota and one government for each, then finds nothing more to do', async () => {
    expect(await syncReferenceData(database.db, commandLineAuditContext)).toBe('synced');
    const counted = await database.db.execute(sql`
      select (select count(*)::int from provinces) as provinces, (select count(*)::int from regencies) as regencies,
             (select count(*)::int from entities where kind = 'pemprov') as pemprov,
             (select count(*)::int from entities where kind = 'pemkab') as pemkab,
             (select count(*)::int from entities where kind = 'pemkot') as pemkot`);
    expect((counted as unknown as { rows: unknown[] }).rows[0]).toEqual({
      provinces: 38,
      regencies: 514,
      pemprov: 38,
      pemkab: 416,
      pemkot: 98,
    });
    expect(await syncReferenceData(database.db, commandLineAuditContext)).toBe('current');
  });

  it('names regional governments as official documents do', async () => {
    const byCode = async (code: string) =>
      (await database.db.select().from(entities).where(eq(entities.code, code)))[0];
    expect(await byCode('16.06')).toMatchObject({
      kind: 'pemkab',
      provinceCode: '16',
      officialName: 'Pemerintah Kabupaten Musi Banyuasin',
      shortName: 'Kab. Musi Banyuasin',
    });
    expect(await byCode('16.73')).toMatchObject({ kind: 'pemkot', shortName: 'Kota Lubuk Linggau' });
    expect(await byCode('16')).toMatchObject({
      kind: 'pemprov',
      officialName: 'Pemerintah Provinsi Sumatera Selatan',
    });
    expect(await byCode('31.71')).toMatchObject({ kind: 'pemkot', shortName: 'Kota Adm. Jakarta Pusat' });
  });

  it('keeps what admins changed when it syncs again', async () => {
    await database.db
      .update(entities)
      .set({ alias: 'Muba', shortName: 'Muba' })
      .where(eq(entities.code, '16.06'));
    await database.db.execute(sql`delete from unit_types where code = 'unit-layanan-lain'`);
    expect(await syncReferenceData(database.db, commandLineAuditContext)).toBe('synced');
    const [muba] = await database.db.select().from(entities).where(eq(entities.code, '16.06'));
    expect(muba).toMatchObject({ alias: 'Muba', shortName: 'Muba' });
  });

  it('adds the school type (issue #16) to an installation that lacks it, even with a type an admin added', async () => {
    await database.db.execute(sql`delete from unit_types where code = 'sekolah'`);
    await database.db.execute(
      sql`insert into unit_types (code, name_id, name_en, sort_order) values ('samsat', 'Samsat', 'Vehicle registration office', 95)`,
    );
    expect(await syncReferenceData(database.db, commandLineAuditContext)).toBe('synced');
    const rows = await database.db.execute(
      sql`select code, name_id as "nameId", sort_order as "sortOrder" from unit_types where code in ('sekolah', 'samsat') order by code`,
    );
    expect((rows as unknown as { rows: unknown[] }).rows).toEqual([
      { code: 'samsat', nameId: 'Samsat', sortOrder: 95 },
      { code: 'sekolah', nameId: 'Sekolah (SMP/SMA/SMK)', sortOrder: 15 },
    ]);
    expect(await syncReferenceData(database.db, commandLineAuditContext)).toBe('current');
  });

  it('refuses a regional government without a province, and a ministry with one, at the database', async () => {
    const insert = (values: typeof entities.$inferInsert) => database.db.insert(entities).values(values);
    await expect(
      insert({ code: 'X-1', kind: 'pemkab', officialName: 'X', shortName: 'X', provinceCode: null }),
    ).rejects.toThrow();
    await expect(
      insert({ code: 'K-X', kind: 'kementerian', officialName: 'K', shortName: 'K', provinceCode: '16' }),
    ).rejects.toThrow();
  });
});
