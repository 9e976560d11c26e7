import type {
  CollectionEvidenceItem,
  EvidenceFlagDecisionRequest,
  EvidenceFlagParams,
} from '../../contracts/evidence-integrity.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireLocusUnit } from '../collection/require-locus-unit';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findEvidence } from '../db/repositories/evidence.repository';
import { findFlagDecision, saveFlagDecision } from '../db/repositories/evidence-integrity.repository';
import { findLocusUnit } from '../db/repositories/loci.repository';
import { findUnitById } from '../db/repositories/units.repository';
import { lockLocus } from '../db/repositories/workflow.repository';
import { DomainError, notFoundError } from '../errors';
import { integrityDecisionBlocker } from '../evidence/integrity-decision-blocker';
import { loadEvidenceIntegrity } from '../evidence/load-evidence-integrity';
import { presentEvidence } from '../presenters/evidence.presenter';

/**
 * A verifier's decision on one integrity flag of one evidence item: accepted with a note (the photo still
 * counts), or rejected (it no longer supports its answer, so the provisional score falls as if it were
 * missing). Under the locus lock like other verification steps; audited with the decision before and after.
 * Only a flag the item raises now (or one decided before) can be decided; another unit's evidence is 404.
 */
export async function decideEvidenceFlag(
  db: Database,
  actor: RequestActor,
  params: EvidenceFlagParams,
  request: EvidenceFlagDecisionRequest,
  settings: { evidenceMaxDistanceKm: number },
  now: Date,
  context: AuditContext,
): Promise<CollectionEvidenceItem> {
  return db.transaction(async (tx) => {
    const target = { year: params.year, entityCode: params.code, unitId: params.unitId };
    const found = await requireLocusUnit(tx, actor, 'collection.verify', target);
    await lockLocus(tx, found.locus.id);
    const locusUnit = (await findLocusUnit(tx, found.locus.id, params.unitId)) ?? found.locusUnit;
    const blocker = integrityDecisionBlocker(actor.role, found.cycle, locusUnit.status, now);
    if (blocker) throw new DomainError(blocker.code, blocker.message);
    const evidence = await findEvidence(tx, locusUnit.id, params.evidenceId);
    if (!evidence) throw notFoundError();
    const unit = await findUnitById(tx, params.unitId);
    const unitPosition =
      unit && unit.latitude !== null && unit.longitude !== null
        ? { latitude: unit.latitude, longitude: unit.longitude }
        : null;
    const integritySettings = {
      maxDistanceKm: settings.evidenceMaxDistanceKm,
      provinceCode: found.entity.provinceCode,
    };
    const load = async () =>
      (await loadEvidenceIntegrity(tx, found.cycle, [{ ...evidence, unitPosition }], integritySettings)).get(
        evidence.id,
      ) ?? { integrityFlags: [], counts: true };
    const current = await load();
    const before = await findFlagDecision(tx, evidence.id, params.flagCode);
    const raised = current.integrityFlags.some((flag) => flag.code === params.flagCode);
    if (!raised && !before) {
      throw new DomainError('CONFLICT', {
        id: `Bukti ini tidak memiliki tanda "${params.flagCode}" untuk diputus.`,
        en: `This evidence has no "${params.flagCode}" flag to decide.`,
      });
    }
    const unchanged = before && before.decision === request.decision && before.note === request.note;
    if (!unchanged) {
      await saveFlagDecision(tx, {
        evidenceId: evidence.id,
        flagCode: params.flagCode,
        decision: request.decision,
        note: request.note,
        userId: actor.userId,
        at: now,
      });
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'evidence.flag.decide',
        resourceType: 'answer_evidence',
        resourceId: evidence.id,
        provinceCode: found.entity.provinceCode,
        before: before ? { decision: before.decision, note: before.note } : null,
        after: {
          locusUnitId: locusUnit.id,
          indicatorCode: evidence.indicatorCode,
          flagCode: params.flagCode,
          decision: request.decision,
          note: request.note,
        },
      });
    }
    return { ...presentEvidence(evidence), ...(await load()) };
  });
}
