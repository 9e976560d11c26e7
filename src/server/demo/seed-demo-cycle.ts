import type { CreateCycleRequest } from '../../contracts/cycles.contract';
import { buildCollectionForms } from '../../core/collection/build-collection-forms';
import { createSeededRandom } from '../../core/synthetic/create-seeded-random';
import type { AuditContext } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { findCycleByYear } from '../db/repositories/cycles.repository';
import { insertUnitFieldData } from '../db/repositories/demo-field-data.repository';
import { type EntityRow, findEntityByCode, listEntities } from '../db/repositories/entities.repository';
import { findLocus, findLocusUnit } from '../db/repositories/loci.repository';
import { listUnitsOfEntity } from '../db/repositories/units.repository';
import { findUserByEmail } from '../db/repositories/users.repository';
import { storeFile } from '../files/store-file';
import { createCycle } from '../use-cases/save-cycle';
import { saveMeeting } from '../use-cases/save-meeting';
import { createUnit } from '../use-cases/save-unit';
import { setLocusTeam } from '../use-cases/set-locus-team';
import { setLocusUnits } from '../use-cases/set-locus-units';
import { dayInPhase, defaultDemoUnits, demoUnitsByEntity } from './demo-cycle-plan';
import { generateDemoUnitFieldData } from './demo-field-data';
import { demoPhotoVariant, renderDemoPhoto } from './demo-photo';
import { demoUnitCoordinates } from './demo-unit-coordinates';
import { otherProvinceDemoUnits } from './other-demo-provinces';

export interface DemoCycleSpec {
  request: CreateCycleRequest;
  /** Entity codes assessed, Musi Banyuasin first. */
  entityCodes: string[];
  /** How far the field work got: 1 = every question answered; per entity code. */
  answeredShareOf: (entityCode: string, unitIndex: number) => number;
  surveyResponsesOf: (entityCode: string, unitIndex: number) => number;
  seed: number;
  /** Governments outside Sumatera Selatan: assessed on fewer units and without the Sumsel field team. */
  otherEntityCodes?: readonly string[];
}

/**
 * Plans a demo cycle as the offices do — cycle, units, loci, team, Musi Banyuasin's entry meeting — through
 * the same use-cases as the screens, then writes the field data in bulk (made-up, marked as demo).
 * Returns the locus unit ids per entity code.
 */
export async function seedDemoCycle(
  db: Database,
  dataDir: string,
  context: AuditContext,
  spec: DemoCycleSpec,
): Promise<Map<string, string[]>> {
  const admin = await demoActor(db, 'admin@patuh.test');
  const assessor = await demoActor(db, 'asesor.sumsel@patuh.test');
  const verifier = await demoActor(db, 'verifikator.sumsel@patuh.test');
  const preparation = dayInPhase(spec.request, 'preparation');
  await createCycle(db, spec.request, preparation, context);
  const cycle = await requireCycle(db, spec.request.year);
  const { methodology } = await editionOfCycle(cycle);
  // One photo per unit, taken on the field day at the unit: the demo's evidence passes the integrity checks
  // (a single shared picture would be flagged a duplicate everywhere and, without EXIF, unverifiable).
  let photoCount = 0;
  const nextUnitPhoto = async () => {
    photoCount += 1;
    return storeFile(db, dataDir, renderDemoPhoto(demoPhotoVariant(spec.request.year, photoCount)));
  };
  const random = createSeededRandom(spec.seed);
  const fieldDay = dayInPhase(spec.request, 'data-collection', 20);
  const locusUnitsByEntity = new Map<string, string[]>();
  const others = new Set(spec.otherEntityCodes ?? []);
  for (const entityCode of [...spec.entityCodes, ...others]) {
    const entity = await findEntityByCode(db, entityCode);
    if (!entity) continue;
    const wantedUnits = others.has(entityCode)
      ? otherProvinceDemoUnits
      : (demoUnitsByEntity[entityCode] ?? defaultDemoUnits);
    const demoUnits = await ensureDemoUnits(db, admin, entity, wantedUnits, context);
    const unitIds = demoUnits.map((unit) => unit.id);
    await setLocusUnits(db, admin, spec.request.year, entityCode, unitIds, preparation, context);
    // The demo accounts work in Sumatera Selatan; the other provinces' loci have no team in the demo.
    if (!others.has(entityCode))
      await setLocusTeam(
        db,
        admin,
        spec.request.year,
        entityCode,
        { assessorIds: [assessor.userId], verifierIds: [verifier.userId] },
        preparation,
        context,
      );
    const locus = await findLocus(db, cycle.id, entity.id);
    if (!locus) continue;
    const quality = entityCode === '16.06' ? 0.93 : 0.35 + random() * 0.6;
    const locusUnitIds: string[] = [];
    for (const [unitIndex, unit] of demoUnits.entries()) {
      const locusUnit = await findLocusUnit(db, locus.id, unit.id);
      if (!locusUnit) continue;
      locusUnitIds.push(locusUnit.id);
      const photo = await nextUnitPhoto();
      const forms = buildCollectionForms(methodology, {
        entityKind: entity.kind,
        unitType: unit.unitTypeCode,
      });
      const data = generateDemoUnitFieldData(forms, {
        seed: spec.seed * 1000 + locusUnitIds.length + Number(entityCode.replace('.', '')),
        quality: Math.min(1, quality + (random() - 0.5) * 0.15),
        answeredShare: spec.answeredShareOf(entityCode, unitIndex),
        surveyResponses: spec.surveyResponsesOf(entityCode, unitIndex),
        fieldDay,
        unitName: unit.name,
      });
      await db.transaction((tx) =>
        insertUnitFieldData(tx, {
          locusUnitId: locusUnit.id,
          userId: assessor.userId,
          at: fieldDay,
          respondents: data.respondents,
          answers: data.answers.map((answer) => ({
            ...answer,
            evidence: answer.withEvidence
              ? {
                  sha256: photo.sha256,
                  fileName: 'foto-observasi-demo.png',
                  takenAt: fieldDay,
                  latitude: unit.latitude,
                  longitude: unit.longitude,
                }
              : null,
          })),
          complaints: data.complaints,
          surveyResponses: data.surveyResponses.map((levels, index) => ({
            levels,
            deviceTokenSha256: `demo-${spec.request.year}-${locusUnit.id}-${index}`,
            submittedAt: fieldDay,
          })),
        }),
      );
    }
    locusUnitsByEntity.set(entityCode, locusUnitIds);
  }
  await recordMubaEntryMeeting(db, admin, spec.request, context);
  return locusUnitsByEntity;
}

/** Sumatera Selatan's province and its 17 kabupaten/kota, Musi Banyuasin first. */
export async function sumateraSelatanEntityCodes(db: Database): Promise<string[]> {
  const { rows } = await listEntities(db, {
    provinceCode: '16',
    includeInactive: false,
    offset: 0,
    limit: 100,
  });
  const codes = rows.map((row) => row.code);
  return ['16.06', ...codes.filter((code) => code !== '16.06')];
}

export async function cycleExists(db: Database, year: number): Promise<boolean> {
  return (await findCycleByYear(db, year)) !== undefined;
}

interface DemoUnit {
  id: string;
  name: string;
  unitTypeCode: string;
  latitude: number | null;
  longitude: number | null;
}

/** The wanted units of the entity, made through the units use-case where missing. */
async function ensureDemoUnits(
  db: Database,
  admin: RequestActor,
  entity: EntityRow,
  wanted: readonly (readonly [string, string])[],
  context: AuditContext,
): Promise<DemoUnit[]> {
  const existing = await listUnitsOfEntity(db, entity.id);
  const demoUnits: DemoUnit[] = [];
  for (const [unitTypeCode, name] of wanted) {
    const unit =
      existing.find((candidate) => candidate.name === name) ??
      (await createUnit(
        db,
        admin,
        entity.code,
        {
          unitTypeCode,
          name,
          address: null,
          ...demoUnitCoordinates(entity.code, name),
          serviceHours: null,
          products: [],
        },
        context,
      ));
    demoUnits.push(unit);
  }
  return demoUnits;
}

async function recordMubaEntryMeeting(
  db: Database,
  admin: RequestActor,
  request: CreateCycleRequest,
  context: AuditContext,
): Promise<void> {
  const heldOn = dayInPhase(request, 'entry-meetings', 1);
  const day = heldOn.toISOString().slice(0, 10);
  await saveMeeting(
    db,
    admin,
    { year: request.year, code: '16.06', kind: 'entry' },
    {
      heldAt: `${day}T09:00:00+07:00`,
      place: 'Ruang rapat Sekretaris Daerah, Sekayu',
      openedBy: 'Sekretaris Daerah atas nama Penjabat Bupati Musi Banyuasin',
      agenda:
        'Pembukaan penilaian kepatuhan penyelenggaraan pelayanan publik; jadwal dan lokus; tanya jawab.',
      minutes: 'Lokus dan jadwal disepakati. Setiap unit menunjuk narahubung (data demo).',
      attendees: [
        {
          name: 'Kepala Bagian Organisasi',
          jobTitle: 'Kepala Bagian',
          institution: 'Setda Kab. Musi Banyuasin',
        },
        { name: 'Kepala Dinas Sosial', jobTitle: 'Kepala Dinas', institution: 'Dinas Sosial' },
        { name: 'Kepala Dinas Pendidikan', jobTitle: 'Kepala Dinas', institution: 'Dinas Pendidikan' },
        { name: 'Kepala Disdukcapil', jobTitle: 'Kepala Dinas', institution: 'Disdukcapil' },
        { name: 'Kepala DPMPTSP', jobTitle: 'Kepala Dinas', institution: 'DPMPTSP' },
        {
          name: 'Kepala Puskesmas Ulak Paceh',
          jobTitle: 'Kepala Puskesmas',
          institution: 'Puskesmas Ulak Paceh',
        },
        {
          name: 'Kepala Puskesmas Tanjung Kerang',
          jobTitle: 'Kepala Puskesmas',
          institution: 'Puskesmas Tanjung Kerang',
        },
      ],
    },
    heldOn,
    context,
  );
}

export async function demoActor(db: Database, email: string): Promise<RequestActor> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`demo account ${email} missing`);
  return {
    userId: user.id,
    role: user.role,
    provinceCodes: user.provinceCodes,
    entityCode: user.entityCode,
    email: user.email,
    name: user.name,
    sessionTokenHash: '',
  };
}
