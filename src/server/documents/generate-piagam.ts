import type { Methodology } from '../../core/methodology/methodology.schema';
import { renderPiagamPdf } from '../../reports/piagam/render-piagam-pdf';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import type { EntityResultRow, UnitResultRow } from '../db/repositories/document-sources.repository';
import { recordIssuedDocument } from '../db/repositories/issued-documents.repository';
import type { ResultSnapshotRow } from '../db/repositories/results.repository';
import { findCachedEdition } from '../methodologies/cached-methodology-catalog';
import { buildPiagamInput } from './build-piagam-input';
import { type DocumentSubject, piagamCodeOf, subjectIdOf, verificationUrlOf } from './document-codes';
import { resolveSigning, type Signing } from './resolve-signing';

export interface PiagamRequest {
  snapshot: ResultSnapshotRow;
  entity: EntityResultRow;
  unit?: UnitResultRow;
  language: 'id' | 'en';
}

export interface DocumentSettings {
  secret: Buffer;
  /** Origin the QR code points to, e.g. https://patuh.ombudsman.go.id. */
  baseUrl: string;
}

export interface GeneratedPiagam {
  pdf: Buffer;
  code: string;
  signing: Signing['source'];
}

/**
 * One piagam: derive its code, record the code (once; audited when first issued) so /verifikasi finds it, then
 * render. A code already held by another subject (an HMAC collision, ≈ 1 in 10¹³) is refused, never reused.
 */
export async function generatePiagam(
  db: Database,
  settings: DocumentSettings,
  request: PiagamRequest,
  audit: AuditContext,
): Promise<GeneratedPiagam> {
  const { snapshot, entity, unit } = request;
  const subject: DocumentSubject = unit
    ? { type: 'unit', unitResultId: unit.id }
    : { type: 'entity', entityCode: entity.entityCode };
  const code = piagamCodeOf(settings.secret, snapshot.id, subject);
  await registerCode(db, code, snapshot, entity, unit, subject, audit);
  const signing = await resolveSigning(db, snapshot.year, entity.provinceCode);
  const input = buildPiagamInput({
    snapshot,
    entity,
    ...(unit ? { unit } : {}),
    methodology: await methodologyOf(snapshot),
    signing,
    code,
    url: verificationUrlOf(settings.baseUrl, code),
    language: request.language,
  });
  return { pdf: await renderPiagamPdf(input), code, signing: signing.source };
}

async function registerCode(
  db: Database,
  code: string,
  snapshot: ResultSnapshotRow,
  entity: EntityResultRow,
  unit: UnitResultRow | undefined,
  subject: DocumentSubject,
  audit: AuditContext,
): Promise<void> {
  const subjectId = subjectIdOf(subject);
  await db.transaction(async (tx) => {
    const { row, inserted } = await recordIssuedDocument(tx, {
      code,
      kind: 'piagam',
      snapshotId: snapshot.id,
      subjectId,
      entityCode: entity.entityCode,
      unitResultId: unit?.id ?? null,
    });
    if (row.snapshotId !== snapshot.id || row.subjectId !== subjectId)
      throw new Error(`verification code ${code} collides with ${row.subjectId}; change PATUH_SECRET`);
    if (!inserted) return;
    await appendAuditEntry(tx, {
      ...auditFieldsOf(audit),
      action: 'document.issue',
      resourceType: 'issued-document',
      resourceId: code,
      provinceCode: entity.provinceCode,
      before: null,
      after: { kind: 'piagam', snapshotId: snapshot.id, year: snapshot.year, subjectId },
    });
  });
}

export async function methodologyOf(snapshot: ResultSnapshotRow): Promise<Methodology> {
  const ref = `${snapshot.methodologyId}@${snapshot.methodologyVersion}`;
  const edition = await findCachedEdition(ref);
  if (!edition)
    throw new Error(`methodology edition ${ref} of snapshot ${snapshot.id} is not in the catalogue`);
  return edition.methodology;
}
