import type { AuditContext } from '../audit/audit-context';
import { requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import {
  acceptDemoLoci,
  insertDemoReviewNote,
  setDemoUnitStatus,
} from '../db/repositories/demo-field-data.repository';
import { setSurveyCodeIfAbsent } from '../db/repositories/survey.repository';
import { finaliseCycle } from '../use-cases/finalise-cycle';
import {
  completedDemoCycleRequest,
  completedDemoYear,
  dayInPhase,
  demoSurveyCode,
  inProgressDemoCycleRequest,
  inProgressDemoYear,
} from './demo-cycle-plan';
import { listOtherDemoEntities } from './other-demo-provinces';
import { cycleExists, demoActor, seedDemoCycle, sumateraSelatanEntityCodes } from './seed-demo-cycle';
import { seedDemoTrustSurvey } from './seed-demo-trust-survey';

/**
 * The demo's two cycles, each only when its year is absent (seeding twice duplicates nothing):
 * - 2025, finished: every Sumatera Selatan government (and those of the other demo provinces, on two units)
 *   assessed from made-up field data, verified, accepted, finalised by Patuh and published (embargo
 *   14 November 2025);
 * - 2026, in the field now: Musi Banyuasin and three others partly filled, one unit returned with a note,
 *   one submitted, survey quotas about half full.
 */
export async function seedDemoCycles(
  db: Database,
  dataDir: string,
  context: AuditContext,
  now: Date,
): Promise<void> {
  const sumsel = await sumateraSelatanEntityCodes(db);
  if (!(await cycleExists(db, completedDemoYear))) {
    const request = completedDemoCycleRequest();
    const locusUnits = await seedDemoCycle(db, dataDir, context, {
      request,
      entityCodes: sumsel,
      answeredShareOf: () => 1,
      surveyResponsesOf: () => 30,
      seed: completedDemoYear,
      otherEntityCodes: (await listOtherDemoEntities(db)).map((entity) => entity.code),
    });
    const verifiedAt = dayInPhase(request, 'verification', 5);
    await setDemoUnitStatus(db, [...locusUnits.values()].flat(), 'locked', verifiedAt);
    const cycle = await requireCycle(db, completedDemoYear);
    const admin = await demoActor(db, 'admin@patuh.test');
    const coordinator = await demoActor(db, 'koordinator.sumsel@patuh.test');
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
  if (!(await cycleExists(db, inProgressDemoYear))) {
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
    await seedDemoTrustSurvey(db, inProgressDemoYear, '16.06', now);
  }
}
