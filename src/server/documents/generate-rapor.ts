import type { AuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import {
  type EntityResultRow,
  findEntityResultInSnapshot,
  listUnitResultsOfEntityResult,
} from '../db/repositories/document-sources.repository';
import { listAnswerNotesOfLocus } from '../db/repositories/rapor-notes.repository';
import type { ResultSnapshotRow } from '../db/repositories/results.repository';
import { jakartaDateOf } from './build-piagam-input';
import { raporCacheKey, signingVersionOf } from './document-cache-key';
import { verificationUrlOf } from './document-codes';
import type { DocumentRenderer } from './document-renderer';
import { type DocumentSettings, methodologyOf } from './generate-piagam';
import { issueRaporCode } from './issue-rapor-code';
import { loadLetterheadImage } from './load-letterhead-image';
import { loadRaporOversight } from './load-rapor-oversight';
import type { RaporRenderTask } from './render-task';
import { resolveSigning } from './resolve-signing';

export interface RaporRequest {
  snapshot: ResultSnapshotRow;
  entity: EntityResultRow;
  /** The snapshot of the year before that the reader may see, for the change since last year. */
  previousSnapshot?: ResultSnapshotRow;
  language: 'id' | 'en';
  now: Date;
}

/**
 * One entity's rapor from a stored snapshot, with its own verification code (issued once, like a piagam's) and
 * a QR code of it, rendered once per snapshot, language, issuer, address and year-before snapshot
 * (document-cache-key.ts). A computed snapshot gives the full rapor (dimensions, weakest indicators
 * with the assessors' notes, the planner's recommendations); imported totals give the summary, ranks, change
 * since last year and units.
 */
export async function generateRapor(
  db: Database,
  renderer: DocumentRenderer,
  settings: DocumentSettings,
  request: RaporRequest,
  audit: AuditContext,
  options: { waitForRoom?: boolean } = {},
): Promise<{ pdf: Buffer; key: string; code: string }> {
  const { snapshot, entity, previousSnapshot } = request;
  const signing = await resolveSigning(db, snapshot.year, entity.provinceCode);
  const code = await issueRaporCode(db, settings.secret, snapshot, entity, audit);
  const verification = { code, url: verificationUrlOf(settings.baseUrl, code) };
  const key = raporCacheKey({
    snapshotId: snapshot.id,
    entityCode: entity.entityCode,
    language: request.language,
    signingVersion: signingVersionOf(signing),
    previousSnapshotId: previousSnapshot?.id ?? null,
    verificationUrl: verification.url,
  });
  const pdf = await renderer.obtain(
    { key, kind: 'rapor', snapshotId: snapshot.id },
    async (): Promise<RaporRenderTask> => {
      const previousRow = previousSnapshot
        ? await findEntityResultInSnapshot(db, previousSnapshot.id, entity.entityCode)
        : undefined;
      const methodology = await methodologyOf(snapshot);
      const oversight = await loadRaporOversight(db, snapshot, entity, methodology);
      const letterheadImage = await loadLetterheadImage(settings.dataDir, signing.letterhead);
      const source = {
        snapshot,
        entity,
        units: await listUnitResultsOfEntityResult(db, entity.id),
        ...(previousSnapshot && previousRow
          ? { previous: { year: previousSnapshot.year, row: previousRow } }
          : {}),
        methodology,
        signing,
        language: request.language,
        issuedOn: jakartaDateOf(request.now),
        ...(oversight ? { oversight } : {}),
        verification,
        ...(letterheadImage ? { letterheadImage } : {}),
      };
      if (snapshot.source !== 'computed') return { kind: 'rapor', source };
      return { kind: 'rapor', source, assessorNotes: await assessorNotesOf(db, snapshot, entity) };
    },
    options,
  );
  return { pdf, key, code };
}

/** The notes of the cycle's answers for the entity, each once (the same remark on several answers). */
async function assessorNotesOf(db: Database, snapshot: ResultSnapshotRow, entity: EntityResultRow) {
  const notes = snapshot.cycleId ? await listAnswerNotesOfLocus(db, snapshot.cycleId, entity.entityId) : [];
  const seen = new Set<string>();
  return notes.flatMap((row) => {
    const key = `${row.unitId}\u0000${row.indicatorCode}\u0000${row.note}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ unitCode: row.unitId, indicatorCode: row.indicatorCode, note: row.note }];
  });
}
