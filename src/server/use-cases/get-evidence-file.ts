import type { LocusUnitParams } from '../../contracts/evidence.contract';
import type { RequestActor } from '../auth/request-actor';
import { requireLocusUnit } from '../collection/require-locus-unit';
import type { Queryable } from '../db/database';
import { type EvidenceView, findEvidence } from '../db/repositories/evidence.repository';
import { notFoundError } from '../errors';
import { storedFilePath } from '../files/store-file';

/** Where one evidence file's bytes are, for a reader of the unit's field data. */
export async function getEvidenceFile(
  db: Queryable,
  dataDir: string,
  actor: RequestActor,
  params: LocusUnitParams & { evidenceId: string },
): Promise<{ evidence: EvidenceView; path: string }> {
  const target = { year: params.year, entityCode: params.code, unitId: params.unitId };
  const { locusUnit } = await requireLocusUnit(db, actor, 'collection.read', target);
  const evidence = await findEvidence(db, locusUnit.id, params.evidenceId);
  if (!evidence) throw notFoundError();
  return { evidence, path: storedFilePath(dataDir, evidence.sha256) };
}
