import type { QualitySampleResult } from '../../contracts/quality.contract';
import { can } from '../../core/access/can';
import { drawQualitySample } from '../../core/quality/draw-quality-sample';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  insertSecondScorings,
  listProvinceAssessors,
  listQualityUnits,
} from '../db/repositories/quality.repository';
import { notFoundError } from '../errors';

/**
 * Draws the province's double-scoring sample for a cycle (PATUH_QA_SAMPLE_PERCENT of its locus units,
 * reproducibly, core/quality/drawQualitySample) and gives each drawn unit a second assessor of the province
 * who is not on its locus team, the least loaded first. Units drawn before keep their second assessor; a unit
 * with no assessor free of its locus is listed as skipped. Audited.
 */
export async function drawSecondScoringSample(
  db: Database,
  actor: RequestActor,
  target: { year: number; provinceCode: string },
  settings: { samplePercent: number },
  now: Date,
  context: AuditContext,
): Promise<QualitySampleResult> {
  if (!can(actor, 'team.assign', { type: 'province', provinceCode: target.provinceCode }))
    throw notFoundError();
  return db.transaction(async (tx) => {
    const cycle = await requireCycle(tx, target.year);
    const units = await listQualityUnits(tx, { cycleId: cycle.id, provinceCode: target.provinceCode });
    const assessors = await listProvinceAssessors(tx, target.provinceCode);
    const sampled = new Set(
      drawQualitySample(
        units.map((unit) => unit.locusUnitId),
        settings.samplePercent,
        `${cycle.year}:${target.provinceCode}`,
      ),
    );
    const load = new Map(assessors.map((assessor) => [assessor.id, 0]));
    for (const unit of units)
      if (unit.secondAssessorId) load.set(unit.secondAssessorId, (load.get(unit.secondAssessorId) ?? 0) + 1);
    const result: QualitySampleResult = {
      samplePercent: settings.samplePercent,
      unitCount: units.length,
      drawn: [],
      skipped: [],
    };
    const inserts: { locusUnitId: string; assessorUserId: string; drawnByUserId: string; drawnAt: Date }[] =
      [];
    for (const unit of units) {
      if (!sampled.has(unit.locusUnitId) && !unit.secondAssessorId) continue;
      const where = { entityCode: unit.entityCode, unitId: unit.unitId, unitName: unit.unitName };
      let secondId = unit.secondAssessorId;
      if (!secondId) {
        // Blind means someone else: never an assessor of the unit's own locus.
        const free = assessors
          .filter((assessor) => !unit.assessorIds.includes(assessor.id))
          .sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0));
        const chosen = free[0];
        if (!chosen) {
          result.skipped.push(where);
          continue;
        }
        secondId = chosen.id;
        load.set(secondId, (load.get(secondId) ?? 0) + 1);
        inserts.push({
          locusUnitId: unit.locusUnitId,
          assessorUserId: secondId,
          drawnByUserId: actor.userId,
          drawnAt: now,
        });
      }
      const name = assessors.find((assessor) => assessor.id === secondId)?.name ?? '';
      result.drawn.push({ ...where, secondAssessor: { id: secondId, name } });
    }
    await insertSecondScorings(tx, inserts);
    if (inserts.length > 0)
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'quality.sample.draw',
        resourceType: 'qa_second_scorings',
        resourceId: `${cycle.year}/${target.provinceCode}`,
        provinceCode: target.provinceCode,
        after: {
          samplePercent: settings.samplePercent,
          drawn: inserts.map((row) => ({ locusUnitId: row.locusUnitId, assessorUserId: row.assessorUserId })),
        },
      });
    return result;
  });
}
