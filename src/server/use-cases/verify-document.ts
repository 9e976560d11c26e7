import type { DocumentVerification } from '../../contracts/documents.contract';
import {
  formatVerificationCode,
  isWellFormedVerificationCode,
  normaliseVerificationCode,
} from '../../core/documents';
import type { Queryable } from '../db/database';
import {
  findEntityResultInSnapshot,
  findUnitResultWithEntity,
} from '../db/repositories/document-sources.repository';
import { findIssuedDocument } from '../db/repositories/issued-documents.repository';
import { findSnapshotById } from '../db/repositories/results.repository';
import { piagamCodeOf, raporCodeOf } from '../documents/document-codes';
import { methodologyOf } from '../documents/generate-piagam';
import type { PublicView } from './load-public-view';

/**
 * What a printed code (a piagam's or a rapor's) stands for: valid (its snapshot is the year's current public one), superseded (a newer
 * published snapshot of that year replaced it) or unknown (never issued, a typo, or not yet public). One
 * primary-key lookup in issued_documents; the public view is cached.
 */
export async function verifyDocument(
  db: Queryable,
  view: PublicView,
  typed: string,
  now: Date,
  /** The signing secret: a superseded code then also answers with the code of the reissued piagam. */
  secret?: Buffer,
): Promise<DocumentVerification> {
  const symbols = normaliseVerificationCode(typed);
  const wellFormed = symbols !== null && isWellFormedVerificationCode(symbols);
  const code = symbols !== null ? formatVerificationCode(symbols) : typed.trim().toUpperCase();
  const unknown: DocumentVerification = {
    status: 'unknown',
    code,
    wellFormed,
    document: null,
    current: null,
  };
  if (!wellFormed) return unknown;
  const issued = await findIssuedDocument(db, code);
  const snapshot = issued && (await findSnapshotById(db, issued.snapshotId));
  if (!issued || !snapshot || snapshot.status !== 'published' || !snapshot.publishedAt) return unknown;
  if (snapshot.embargoAt.getTime() > now.getTime()) return unknown;
  const unit = issued.unitResultId ? await findUnitResultWithEntity(db, issued.unitResultId) : undefined;
  const entity = unit?.entity ?? (await findEntityResultInSnapshot(db, snapshot.id, issued.entityCode));
  if (!entity) return unknown;
  const methodology = await methodologyOf(snapshot);
  const zoneCode = unit ? unit.unit.zone : entity.zone;
  const zone = methodology.classification.zones.find((candidate) => candidate.code === zoneCode);
  const category = unit ? unit.unit.category : entity.category;
  const band = methodology.classification.bands.find((candidate) => candidate.category === category);
  const currentSnapshot = view.current.find((candidate) => candidate.year === snapshot.year);
  const superseded = currentSnapshot !== undefined && currentSnapshot.id !== snapshot.id;
  const currentRow =
    superseded && currentSnapshot && !unit
      ? await findEntityResultInSnapshot(db, currentSnapshot.id, entity.entityCode)
      : undefined;
  return {
    status: superseded ? 'superseded' : 'valid',
    code,
    wellFormed,
    document: {
      kind: issued.kind,
      year: snapshot.year,
      entityCode: entity.entityCode,
      entityName: entity.entityName,
      unitName: unit ? unit.unit.unitName : null,
      score: unit ? unit.unit.score : entity.score,
      category,
      opinionLabel: unit
        ? (band?.label ?? { id: category, en: category })
        : { id: entity.opinionLabelId, en: entity.opinionLabelEn },
      zone: zoneCode,
      zoneLabel: zone?.label ?? { id: zoneCode, en: zoneCode },
      zoneColour: zone?.colour ?? entity.zoneColour,
      decreeNumber: snapshot.decreeNumber,
      publishedAt: snapshot.embargoAt.toISOString(),
    },
    current:
      currentRow && currentSnapshot
        ? {
            score: currentRow.score,
            category: currentRow.category,
            publishedAt: currentSnapshot.embargoAt.toISOString(),
            code: secret ? reissuedCodeOf(issued.kind, secret, currentSnapshot.id, entity.entityCode) : null,
          }
        : null,
  };
}

/** The code the same document of the newer snapshot prints: a piagam's for a piagam, a rapor's for a rapor. */
function reissuedCodeOf(kind: 'piagam' | 'rapor', secret: Buffer, snapshotId: string, entityCode: string) {
  return kind === 'rapor'
    ? raporCodeOf(secret, snapshotId, entityCode)
    : piagamCodeOf(secret, snapshotId, { type: 'entity', entityCode });
}
