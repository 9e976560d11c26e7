import type { IntegrityReport } from '../../contracts/evidence-integrity.contract';
import { can } from '../../core/access/can';
import { photoIntegrityFlagCodes } from '../../core/evidence/photo-integrity-rules';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { listProvincePhotos } from '../db/repositories/evidence-integrity.repository';
import { notFoundError } from '../errors';
import { loadEvidenceIntegrity } from '../evidence/load-evidence-integrity';

/**
 * The province's integrity report for a cycle: every flagged photo of its loci with the flags, the decisions
 * taken and the counts per flag, so a verifier works through them and a coordinator sees what is left.
 * Coordinators see their provinces, verifiers the loci assigned to them, admins all; otherwise 404.
 */
export async function getEvidenceIntegrityReport(
  db: Queryable,
  actor: RequestActor,
  query: { year: number; provinceCode: string },
  settings: { evidenceMaxDistanceKm: number },
): Promise<IntegrityReport> {
  if (!can(actor, 'collection.verify', { type: 'province', provinceCode: query.provinceCode }))
    throw notFoundError();
  const cycle = await requireCycle(db, query.year);
  const photos = await listProvincePhotos(db, {
    cycleId: cycle.id,
    provinceCode: query.provinceCode,
    assignedUserId: actor.role === 'verifier' ? actor.userId : null,
  });
  const integrity = await loadEvidenceIntegrity(
    db,
    cycle,
    photos.map((photo) => ({
      ...photo,
      unitPosition:
        photo.unitLatitude !== null && photo.unitLongitude !== null
          ? { latitude: photo.unitLatitude, longitude: photo.unitLongitude }
          : null,
    })),
    { maxDistanceKm: settings.evidenceMaxDistanceKm, provinceCode: query.provinceCode },
  );
  const byCode = Object.fromEntries(
    photoIntegrityFlagCodes.map((code) => [code, 0]),
  ) as IntegrityReport['byCode'];
  const items: IntegrityReport['items'] = [];
  let undecidedCount = 0;
  for (const photo of photos) {
    const found = integrity.get(photo.id) ?? { integrityFlags: [], counts: true };
    if (found.integrityFlags.length === 0) continue;
    for (const flag of found.integrityFlags) {
      byCode[flag.code] += 1;
      if (flag.decision === null) undecidedCount += 1;
    }
    items.push({
      entityCode: photo.entityCode,
      entityName: photo.entityName,
      unitId: photo.unitId,
      unitName: photo.unitName,
      indicatorCode: photo.indicatorCode,
      evidence: {
        id: photo.id,
        fileName: photo.fileName,
        mediaType: photo.mediaType,
        sizeBytes: photo.sizeBytes,
        sha256: photo.sha256,
        takenAt: photo.takenAt?.toISOString() ?? null,
        latitude: photo.latitude,
        longitude: photo.longitude,
        uploadedAt: photo.uploadedAt.toISOString(),
        ...found,
      },
    });
  }
  return {
    year: cycle.year,
    provinceCode: query.provinceCode,
    evidenceCount: photos.length,
    flaggedCount: items.length,
    undecidedCount,
    byCode,
    items,
  };
}
