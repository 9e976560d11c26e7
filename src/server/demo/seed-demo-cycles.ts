import { surveyCodeAlphabet } from '../../contracts/survey.contract';
import { createSeededRandom } from '../../core/synthetic/create-seeded-random';
import type { AuditContext } from '../audit/audit-context';
import { requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import {
  acceptDemoLoci,
  insertDemoReviewNote,
  setDemoUnitStatus,
} from '../db/repositories/demo-field-data.repository';
import { setSurveyCodeIfAbsent } from '../db/repositories/survey.repository';
import { oversightCutOffOf } from '../results/load-opinion-inputs';
import { finaliseCycle } from '../use-cases/finalise-cycle';
import {
  completedDemoCycleRequest,
  completedDemoYear,
  dayInPhase,
  demoSurveyCode,
  inProgressDemoCycleRequest,
  inProgressDemoYear,
  sumselSample2025,
} from './demo-cycle-plan';
import { listOtherDemoEntities, otherDemoSample2025 } from './other-demo-provinces';
import { cycleExists, demoActor, seedDemoCycle, sumateraSelatanEntityCodes } from './seed-demo-cycle';
import { demoOversight2025, demoOversight2026, seedDemoOversight } from './seed-demo-oversight';
import { demoTrustSurveyCode, seedDemoTrustSurvey } from './seed-demo-trust-survey';

/**
 * The demo's two cycles, each only when its year is absent (seeding twice duplicates nothing):
 * - 2025, finished, on the Opini edition in force: a sample of governments (Musi Banyuasin with its six
 *   units, eight more of Sumatera Selatan, half of the other demo provinces' on two units) assessed from
 *   made-up field data, each with its public-trust survey full and its oversight products followed up or not
 *   by the cut-off; verified, accepted, finalised by Patuh and published (embargo 14 November 2025);
 * - 2026, in the field now on the 2026 edition: Musi Banyuasin and three others partly filled, one unit
 *   returned with a note, one submitted, survey quotas about half full, Muba's public-trust survey half
 *   full and open oversight products.
 */
export async function seedDemoCycles(
  db: Database,
  dataDir: string,
  context: AuditContext,
  now: Date,
): Promise<void> {
  await seedCompletedDemoCycleIfAbsent(db, dataDir, context);
  await seedInProgressDemoCycleIfAbsent(db, dataDir, context, now);
}

/** 2025, finished and published: its dates are the cycle's own, whatever day the demo is seeded. */
export async function seedCompletedDemoCycleIfAbsent(
  db: Database,
  dataDir: string,
  context: AuditContext,
): Promise<void> {
  if (!(await cycleExists(db, completedDemoYear))) await seedCompletedDemoCycle(db, dataDir, context);
}

/** 2026, in the field on the day of seeding: its dates are relative to `now`. */
async function seedInProgressDemoCycleIfAbsent(
  db: Database,
  dataDir: string,
  context: AuditContext,
  now: Date,
): Promise<void> {
  if (await cycleExists(db, inProgressDemoYear)) return;
  const sumsel = await sumateraSelatanEntityCodes(db);
  const request = inProgressDemoCycleRequest(now);
  const inField = ['16.06', ...sumsel.filter((code) => code !== '16.06').slice(0, 3)];
  const shares = [0.85, 1, 0.6, 0.3, 1, 0.45];
  const locusUnits = await seedDemoCycle(db, dataDir, context, {
    request,
    entityCodes: inField,
    answeredShareOf: (entityCode, unitIndex) => (entityCode === '16.06' ? (shares[unitIndex] ?? 0.5) : 0.5),
    surveyResponsesOf: (_entityCode, unitIndex) => 12 + ((unitIndex * 5) % 10),
    seed: inProgressDemoYear,
  });
  const muba = locusUnits.get('16.06') ?? [];
  const verifier = await demoActor(db, 'verifikator.sumsel@patuh.test');
  const [dinasSosial, returned, , , submitted] = muba;
  // A fixed survey link for the tour page ("Mulai di sini"): Dinas Sosial's poster points here.
  if (dinasSosial) await setSurveyCodeIfAbsent(db, dinasSosial, demoSurveyCode);
  if (returned) {
    await setDemoUnitStatus(db, [returned], 'returned', now);
    await insertDemoReviewNote(db, {
      locusUnitId: returned,
      indicatorCode: 'PRS-01',
      note: 'Foto maklumat pelayanan tidak terbaca; unggah ulang foto yang jelas (data demo).',
      authorUserId: verifier.userId,
      createdAt: now,
    });
  }
  if (submitted) await setDemoUnitStatus(db, [submitted], 'submitted', now);
  // The entity-level public-trust survey (Survei Kepercayaan Masyarakat), about half of its target in.
  await seedDemoTrustSurvey(db, {
    year: inProgressDemoYear,
    entityCode: '16.06',
    code: demoTrustSurveyCode,
    share: 0.5,
    trust: 0.8,
    lastAnsweredAt: now,
  });
  const coordinator = await demoActor(db, 'koordinator.sumsel@patuh.test');
  await seedDemoOversight(db, () => coordinator, demoOversight2026(inField, now), context);
}

/**
 * 2025 as it went: the sample's field data, each government's public-trust survey full (the second element)
 * and the oversight register at the cut-off (the suffix), then finalised and published by the centre.
 */
async function seedCompletedDemoCycle(db: Database, dataDir: string, context: AuditContext): Promise<void> {
  const request = completedDemoCycleRequest();
  const others = otherDemoSample2025(await listOtherDemoEntities(db)).map((entity) => entity.code);
  const locusUnits = await seedDemoCycle(db, dataDir, context, {
    request,
    entityCodes: sumselSample2025,
    answeredShareOf: () => 1,
    surveyResponsesOf: () => 30,
    seed: completedDemoYear,
    otherEntityCodes: others,
  });
  const sample = [...sumselSample2025, ...others];
  const random = createSeededRandom(completedDemoYear + 16);
  for (const [index, entityCode] of sample.entries())
    await seedDemoTrustSurvey(db, {
      year: completedDemoYear,
      entityCode,
      code: demoTrustCode2025(index),
      share: 1,
      trust: entityCode === '16.06' ? 0.92 : 0.35 + random() * 0.6,
      lastAnsweredAt: dayInPhase(request, 'data-collection', 60),
    });
  const cycle = await requireCycle(db, completedDemoYear);
  const admin = await demoActor(db, 'admin@patuh.test');
  const coordinator = await demoActor(db, 'koordinator.sumsel@patuh.test');
  await seedDemoOversight(
    db,
    (entityCode) => (entityCode === '16' || entityCode.startsWith('16.') ? coordinator : admin),
    demoOversight2025(sample, oversightCutOffOf(cycle, '16')),
    context,
  );
  const verifiedAt = dayInPhase(request, 'verification', 5);
  await setDemoUnitStatus(db, [...locusUnits.values()].flat(), 'locked', verifiedAt);
  await acceptDemoLoci(
    db,
    cycle.id,
    { coordinatorId: coordinator.userId, adminId: admin.userId },
    verifiedAt,
  );
  // Every demo locus was accepted above, so the centre publishes exactly what it accepted.
  await finaliseCycle(
    db,
    admin,
    completedDemoYear,
    { scope: 'accepted' },
    context,
    dayInPhase(request, 'determination', 3),
    { markAsDemo: true },
  );
}

/** A fixed public-trust code per 2025 sampled government: KP25DM followed by two letters of its position. */
function demoTrustCode2025(index: number): string {
  const letter = (position: number) => surveyCodeAlphabet[position % surveyCodeAlphabet.length] ?? 'A';
  return `KP25DM${letter(Math.floor(index / surveyCodeAlphabet.length))}${letter(index)}`;
}
