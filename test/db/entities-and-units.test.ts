import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

describe.each(testEngines())('entities and service units on $name', (engine) => {
  let testApp: TestApp;
  let admin: string;
  let coordinator: string;
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie?: string, payload?: object) =>
    testApp.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
  });
  afterAll(() => testApp.close());

  it('lists the 552 regional governments publicly, filtered by province and kind, searchable', async () => {
    expect((await call('GET', '/api/entities?pageSize=1')).json().total).toBe(552);
    const sumsel = (await call('GET', '/api/entities?provinceCode=16&pageSize=100')).json();
    expect(sumsel.total).toBe(18);
    expect(sumsel.items.filter((entity: { kind: string }) => entity.kind === 'pemkot')).toHaveLength(4);
    const found = (await call('GET', '/api/entities?search=banyuasin'))
      .json()
      .items.map((e: { code: string }) => e.code);
    expect(found).toEqual(['16.06', '16.07']);
  });

  it('lets a coordinator rename and alias a government of their province only', async () => {
    const muba = await call('PATCH', '/api/entities/16.06', coordinator, { alias: 'Muba' });
    expect(muba.statusCode).toBe(200);
    expect(muba.json()).toMatchObject({ alias: 'Muba', shortName: 'Kab. Musi Banyuasin' });
    expect((await call('GET', '/api/entities?search=muba')).json().items[0].code).toBe('16.06');
    expect((await call('PATCH', '/api/entities/31.71', coordinator, { alias: 'Jakpus' })).statusCode).toBe(
      404,
    );
  });

  it('lets only the centre add a ministry, with a code it chooses, once', async () => {
    const ministry = {
      code: 'K-KEMENKES',
      kind: 'kementerian',
      officialName: 'Kementerian Kesehatan',
      shortName: 'Kemenkes',
    };
    expect((await call('POST', '/api/entities', coordinator, ministry)).statusCode).toBe(403);
    const created = await call('POST', '/api/entities', admin, ministry);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'K-KEMENKES', provinceCode: null });
    expect((await call('POST', '/api/entities', admin, ministry)).statusCode).toBe(409);
    expect(
      (await call('POST', '/api/entities', admin, { ...ministry, code: 'k kecil', kind: 'pemkab' }))
        .statusCode,
    ).toBe(400);
  });

  it('adds Muba’s six assessed units with products, keeps names unique, and refuses other provinces', async () => {
    const units = [
      ['dinas-sosial', 'Dinas Sosial'],
      ['dinas-pendidikan', 'Dinas Pendidikan'],
      ['disdukcapil', 'Disdukcapil'],
      ['dpmptsp', 'DPMPTSP'],
      ['puskesmas', 'Puskesmas Ulak Paceh'],
      ['puskesmas', 'Puskesmas Tanjung Kerang'],
    ];
    for (const [unitTypeCode, name] of units) {
      const response = await call('POST', '/api/entities/16.06/units', coordinator, {
        unitTypeCode,
        name,
        products: unitTypeCode === 'disdukcapil' ? ['Akta kelahiran', 'Kartu keluarga'] : [],
      });
      expect(response.statusCode, name).toBe(201);
    }
    const detail = (await call('GET', '/api/entities/16.06')).json();
    expect(detail.units).toHaveLength(6);
    expect(detail.units.find((unit: { name: string }) => unit.name === 'Disdukcapil').products).toEqual([
      'Akta kelahiran',
      'Kartu keluarga',
    ]);
    const duplicate = await call('POST', '/api/entities/16.06/units', coordinator, {
      unitTypeCode: 'dinas-sosial',
      name: 'dinas sosial',
    });
    expect(duplicate.statusCode).toBe(409);
    const unknownType = await call('POST', '/api/entities/16.06/units', coordinator, {
      unitTypeCode: 'dinas-rahasia',
      name: 'X Y Z',
    });
    expect(unknownType.json().error.message).toBe('Jenis unit "dinas-rahasia" tidak ada atau tidak aktif.');
    const elsewhere = await call('POST', '/api/entities/31.71/units', coordinator, {
      unitTypeCode: 'dinas-sosial',
      name: 'Dinas Sosial',
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('keeps a unit’s identity when it is renamed or its products change, and audits both states', async () => {
    const [unit] = (await call('GET', '/api/entities/16.06')).json().units;
    const renamed = await call('PATCH', `/api/units/${unit.id}`, coordinator, {
      name: `${unit.name} Baru`,
      products: ['Izin usaha'],
    });
    expect(renamed.json()).toMatchObject({
      id: unit.id,
      name: `${unit.name} Baru`,
      products: ['Izin usaha'],
    });
    const audit = (await call('GET', `/api/audit?resourceType=unit&resourceId=${unit.id}`, admin)).json()
      .items;
    expect(audit[0]).toMatchObject({
      action: 'unit.update',
      before: expect.objectContaining({ name: unit.name }),
    });
  });

  it('edits a unit’s address, coordinates and products, and refuses half a coordinate', async () => {
    const created = await call('POST', '/api/entities/16.06/units', coordinator, {
      unitTypeCode: 'puskesmas',
      name: 'Puskesmas Sungai Lilin',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ address: null, latitude: null, longitude: null, products: [] });
    const edited = await call('PATCH', `/api/units/${id}`, coordinator, {
      address: 'Jl. Palembang–Jambi Km 112, Sungai Lilin',
      latitude: -2.6291,
      longitude: 104.1518,
      products: ['Pelayanan rawat jalan', 'Imunisasi'],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      id,
      address: 'Jl. Palembang–Jambi Km 112, Sungai Lilin',
      latitude: -2.6291,
      longitude: 104.1518,
    });
    expect([...edited.json().products].sort()).toEqual(['Imunisasi', 'Pelayanan rawat jalan']);
    const detail = (await call('GET', '/api/entities/16.06')).json();
    expect(detail.units.find((unit: { id: string }) => unit.id === id)).toMatchObject({
      latitude: -2.6291,
      address: 'Jl. Palembang–Jambi Km 112, Sungai Lilin',
    });

    // Clearing only the longitude would leave half a point; the stored one stays.
    const half = await call('PATCH', `/api/units/${id}`, coordinator, { longitude: null });
    expect(half.statusCode).toBe(400);
    expect(half.json().error.details).toEqual([
      expect.objectContaining({
        path: 'longitude',
        messages: expect.objectContaining({ en: expect.any(String) }),
      }),
    ]);
    const halfNew = await call('POST', '/api/entities/16.06/units', coordinator, {
      unitTypeCode: 'rsud',
      name: 'RSUD Sungai Lilin',
      latitude: -2.63,
    });
    expect(halfNew.statusCode).toBe(400);
    expect(halfNew.json().error.details[0].path).toBe('longitude');
    expect((await call('PATCH', `/api/units/${id}`, coordinator, { latitude: -91 })).statusCode).toBe(400);

    const cleared = await call('PATCH', `/api/units/${id}`, coordinator, {
      address: null,
      latitude: null,
      longitude: null,
      products: ['Imunisasi'],
    });
    expect(cleared.json()).toMatchObject({
      address: null,
      latitude: null,
      longitude: null,
      products: ['Imunisasi'],
    });
    const audit = (await call('GET', `/api/audit?resourceType=unit&resourceId=${id}`, admin)).json().items;
    expect(audit[0]).toMatchObject({
      action: 'unit.update',
      before: expect.objectContaining({ latitude: -2.6291 }),
      after: expect.objectContaining({ latitude: null }),
    });
  });

  it('lets only admins add, rename, reorder and deactivate unit types; inactive types take no new units', async () => {
    const type = {
      code: 'mal-pelayanan-publik',
      nameId: 'Mal Pelayanan Publik',
      nameEn: 'Public service mall',
      sortOrder: 5,
    };
    expect((await call('POST', '/api/unit-types', coordinator, type)).statusCode).toBe(403);
    expect((await call('POST', '/api/unit-types', admin, type)).statusCode).toBe(201);
    expect((await call('POST', '/api/unit-types', admin, type)).statusCode).toBe(409);
    const renamed = await call('PATCH', '/api/unit-types/mal-pelayanan-publik', admin, {
      nameId: 'MPP',
      nameEn: 'Public Service Mall',
      sortOrder: 1,
    });
    expect(renamed.json()).toMatchObject({
      nameId: 'MPP',
      nameEn: 'Public Service Mall',
      sortOrder: 1,
      isActive: true,
    });
    const listed = (await call('GET', '/api/unit-types')).json();
    expect(
      listed.find((candidate: { code: string }) => candidate.code === 'mal-pelayanan-publik'),
    ).toMatchObject({
      nameId: 'MPP',
    });
    expect(
      (await call('PATCH', '/api/unit-types/mal-pelayanan-publik', admin, { isActive: false })).json()
        .isActive,
    ).toBe(false);
    const refused = await call('POST', '/api/entities/16.06/units', coordinator, {
      unitTypeCode: 'mal-pelayanan-publik',
      name: 'MPP Sekayu',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('mal-pelayanan-publik');
    const audit = (
      await call('GET', '/api/audit?resourceType=unit-type&resourceId=mal-pelayanan-publik', admin)
    )
      .json()
      .items.map((entry: { action: string }) => entry.action);
    expect(audit).toEqual(['unit-type.update', 'unit-type.update', 'unit-type.create']);
  });

  it('refuses coordinates outside Indonesia', async () => {
    const response = await call('POST', '/api/entities/16.06/units', coordinator, {
      unitTypeCode: 'rsud',
      name: 'RSUD Sekayu',
      latitude: 48.85,
      longitude: 2.35,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((detail: { path: string }) => detail.path)).toEqual([
      'body.latitude',
      'body.longitude',
    ]);
  });
});
