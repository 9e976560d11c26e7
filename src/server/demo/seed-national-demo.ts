import { randomUUID } from 'node:crypto';
import { buildCollectionForms, type CollectionForms } from '../../core/collection/build-collection-forms';
import { createSeededRandom } from '../../core/synthetic/create-seeded-random';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  copyNationalDemoRows,
  listEntitiesForNationalDemo,
  listUnitsOfEntities,
  type NationalDemoEntity,
  type NationalDemoRows,
  withNationalDemoCopy,
} from '../db/repositories/national-demo.repository';
import { listProgressLocusUnits } from '../db/repositories/progress.repository';
import { storeFile } from '../files/store-file';
import { progressMeasures } from '../progress/progress-measures';
import { recountStaleUnitProgress } from '../progress/recount-stale-unit-progress';
import { createCycle } from '../use-cases/save-cycle';
import { seedDemoUsers } from '../use-cases/seed-demo-users';
import { syncReferenceData } from '../use-cases/sync-reference-data';
import { dayInPhase } from './demo-cycle-plan';
import { generateDemoUnitFieldData } from './demo-field-data';
import { renderDemoPhoto } from './demo-photo';
import { nationalDemoAgency, nationalDemoCycleRequest, nationalDemoUnitsOf } from './national-demo-plan';
import { demoActor } from './seed-demo-cycle';

export interface NationalDemoOptions {
  year: number;
  entities: number;
  unitsPerEntity: number;
  seed: number;
  methodologyRef: string;
  surveyResponsesPerUnit?: number;
}

export interface NationalDemoOutcome {
  year: number;
  entities: number;
  units: number;
  /** Rows written with COPY (entities and units made for the demo, loci, field data). */
  rows: number;
  rowsByTable: Record<string, number>;
  /** Milliseconds spent writing the field data, for the rows-per-second figure. */
  loadMs: number;
}

/** Entities generated and copied together: bounds the rows held in memory at once. */
const entitiesPerBatch = 60;

/**
 * A made-up national cycle for load and finalise trials (never real data): the cycle is created through the
 * use-case (audited), then every locus, unit and piece of field data — officials, answers, evidence, complaint
 * records and the service users' survey — is written with COPY in one transaction, each unit locked (verified)
 * and each locus approved and accepted, so the cycle stands in determination ready to be finalised at once.
 */
export async function seedNationalDemo(
  db: Database,
  dataDir: string,
  context: AuditContext,
  options: NationalDemoOptions,
  now: Date,
): Promise<NationalDemoOutcome> {
  await syncReferenceData(db, context);
  await seedDemoUsers(db, context);
  const request = nationalDemoCycleRequest(options.year, options.methodologyRef, now);
  await createCycle(db, request, dayInPhase(request, 'preparation'), context);
  const cycle = await requireCycle(db, options.year);
  const { methodology } = await editionOfCycle(cycle);
  const admin = await demoActor(db, 'admin@patuh.test');
  const coordinator = await demoActor(db, 'koordinator.sumsel@patuh.test');
  const assessor = await demoActor(db, 'asesor.sumsel@patuh.test');
  const verifier = await demoActor(db, 'verifikator.sumsel@patuh.test');
  const photo = await storeFile(db, dataDir, renderDemoPhoto(options.seed % 7));
  const fieldDay = dayInPhase(request, 'data-collection', 20);
  const verifiedAt = dayInPhase(request, 'verification', 5);

  const listed = await listEntitiesForNationalDemo(db, options.entities);
  const agencies = Array.from({ length: Math.max(0, options.entities - listed.length) }, (_, index) => ({
    id: randomUUID(),
    kind: 'lembaga',
    provinceCode: null,
    ...nationalDemoAgency(index),
  }));
  const chosen: NationalDemoEntity[] = [...listed, ...agencies];
  const existingUnits = await listUnitsOfEntities(
    db,
    listed.map((entity) => entity.id),
  );
  const unitIdByName = new Map(existingUnits.map((unit) => [`${unit.entityId}\u0000${unit.name}`, unit.id]));
  const random = createSeededRandom(options.seed);
  const formsByKey = new Map<string, CollectionForms>();
  const formsOf = (entityKind: string, unitType: string) => {
    const key = `${entityKind}\u0000${unitType}`;
    let forms = formsByKey.get(key);
    if (!forms) {
      forms = buildCollectionForms(methodology, { entityKind, unitType });
      formsByKey.set(key, forms);
    }
    return forms;
  };
  const rowsByTable: Record<string, number> = {};
  const started = performance.now();
  let unitCount = 0;
  const rows = await withNationalDemoCopy(db, async (session) => {
    let written = 0;
    if (agencies.length > 0)
      written += await copyNationalDemoRows(session, {
        entities: agencies.map((agency) => ({ ...agency, kind: 'lembaga' as const, alias: null })),
      });
    rowsByTable.entities = agencies.length;
    for (let start = 0; start < chosen.length; start += entitiesPerBatch) {
      const batch = emptyRows();
      for (const entity of chosen.slice(start, start + entitiesPerBatch)) {
        const quality = 0.3 + random() * 0.7;
        const locusId = randomUUID();
        batch.loci.push({
          id: locusId,
          cycleId: cycle.id,
          entityId: entity.id,
          provinceCode: entity.provinceCode,
          approval: 'accepted',
          approvedAt: verifiedAt,
          approvedByUserId: coordinator.userId,
          acceptedAt: verifiedAt,
          acceptedByUserId: admin.userId,
        });
        for (const [role, user] of [
          ['assessor', assessor],
          ['verifier', verifier],
        ] as const)
          batch.locusAssignments.push({ id: randomUUID(), locusId, userId: user.userId, role });
        for (const [unitType, name] of nationalDemoUnitsOf(entity.kind, options.unitsPerEntity)) {
          let unitId = unitIdByName.get(`${entity.id}\u0000${name}`);
          if (!unitId) {
            unitId = randomUUID();
            batch.units.push({ id: unitId, entityId: entity.id, unitTypeCode: unitType, name });
          }
          const locusUnitId = randomUUID();
          batch.locusUnits.push({
            id: locusUnitId,
            locusId,
            unitId,
            status: 'locked',
            statusChangedAt: verifiedAt,
          });
          unitCount += 1;
          addUnitFieldData(batch, formsOf(entity.kind, unitType), {
            locusUnitId,
            userId: assessor.userId,
            photoSha256: photo.sha256,
            fieldDay,
            seed: options.seed * 100_003 + unitCount,
            quality: Math.min(1, Math.max(0, quality + (random() - 0.5) * 0.2)),
            unitName: name,
            surveyResponses: options.surveyResponsesPerUnit ?? 30,
            year: options.year,
          });
        }
      }
      for (const [table, tableRows] of Object.entries(batch))
        rowsByTable[table] = (rowsByTable[table] ?? 0) + tableRows.length;
      written += await copyNationalDemoRows(session, batch);
    }
    return written;
  });
  const loadMs = performance.now() - started;
  await db.transaction((tx) =>
    appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'demo.national',
      resourceType: 'cycle',
      resourceId: String(options.year),
      provinceCode: null,
      after: { ...options, entitiesLoaded: chosen.length, units: unitCount, rows, rowsByTable },
    }),
  );
  // Counted once now, so the first progress read of the country does not count every answer of the cycle.
  await recountStaleUnitProgress(
    db,
    await listProgressLocusUnits(db, { cycleId: cycle.id }),
    progressMeasures(methodology),
  );
  return { year: options.year, entities: chosen.length, units: unitCount, rows, rowsByTable, loadMs };
}

function emptyRows(): NationalDemoRows {
  return {
    entities: [],
    units: [],
    loci: [],
    locusUnits: [],
    locusAssignments: [],
    respondents: [],
    answers: [],
    answerEvidence: [],
    complaintRecords: [],
    surveyResponses: [],
  };
}

interface UnitFieldDataSpec {
  locusUnitId: string;
  userId: string;
  photoSha256: string;
  fieldDay: Date;
  seed: number;
  quality: number;
  unitName: string;
  surveyResponses: number;
  year: number;
}

/** One unit's made-up field data (the demo seed's generator), as rows with their ids. */
function addUnitFieldData(rows: NationalDemoRows, forms: CollectionForms, spec: UnitFieldDataSpec): void {
  const data = generateDemoUnitFieldData(forms, {
    seed: spec.seed,
    quality: spec.quality,
    answeredShare: 1,
    surveyResponses: spec.surveyResponses,
    fieldDay: spec.fieldDay,
    unitName: spec.unitName,
  });
  const respondentIds = new Map<string, string>();
  for (const respondent of data.respondents) {
    const id = randomUUID();
    respondentIds.set(respondent.key, id);
    rows.respondents.push({
      id,
      locusUnitId: spec.locusUnitId,
      roleCode: respondent.roleCode,
      name: respondent.name,
      jobTitle: respondent.jobTitle,
      employment: respondent.employment,
      decreeNumber: respondent.decreeNumber,
      decreeDate: respondent.decreeDate,
      interviewedOn: respondent.interviewedOn,
      createdByUserId: spec.userId,
      createdAt: spec.fieldDay,
      updatedAt: spec.fieldDay,
    });
  }
  for (const answer of data.answers) {
    const id = randomUUID();
    rows.answers.push({
      id,
      locusUnitId: spec.locusUnitId,
      respondentId: answer.respondentKey === null ? null : (respondentIds.get(answer.respondentKey) ?? null),
      indicatorCode: answer.indicatorCode,
      level: answer.level,
      note: answer.note,
      updatedByUserId: spec.userId,
      updatedAt: spec.fieldDay,
    });
    if (answer.withEvidence)
      rows.answerEvidence.push({
        id: randomUUID(),
        answerId: id,
        fileSha256: spec.photoSha256,
        fileName: 'foto-observasi-demo.png',
        uploadedByUserId: spec.userId,
        createdAt: spec.fieldDay,
      });
  }
  for (const complaint of data.complaints)
    rows.complaintRecords.push({
      id: randomUUID(),
      locusUnitId: spec.locusUnitId,
      reference: complaint.reference,
      channel: complaint.channel,
      receivedAt: complaint.receivedAt,
      firstResponseAt: complaint.firstResponseAt,
      resolvedAt: complaint.resolvedAt,
      outcome: complaint.outcome,
      summary: complaint.summary,
      createdByUserId: spec.userId,
    });
  data.surveyResponses.forEach((levels, index) => {
    rows.surveyResponses.push({
      id: randomUUID(),
      locusUnitId: spec.locusUnitId,
      deviceTokenSha256: `demo-nasional-${spec.year}-${spec.locusUnitId}-${index}`,
      levels,
      submittedAt: spec.fieldDay,
    });
  });
}
