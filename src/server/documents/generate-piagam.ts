import type { Methodology } from '../../core/methodology/methodology.schema';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import type {
  EntityResultSummaryRow,
  UnitResultSummaryRow,
} from '../db/repositories/document-sources.repository';
import {
  findIssuedDocument,
  freezeIssuedSigning,
  replacePlaceholderSigning,
} from '../db/repositories/issued-documents.repository';
import type { ResultSnapshotRow } from '../db/repositories/results.repository';
import { DomainError } from '../errors';
import { findCachedEdition } from '../methodologies/cached-methodology-catalog';
import { buildPiagamInput } from './build-piagam-input';
import { requireEntityPiagam } from './decide-piagam';
import { piagamCacheKey, signingVersionOf } from './document-cache-key';
import { type DocumentSubject, piagamCodeOf, subjectIdOf, verificationUrlOf } from './document-codes';
import type { DocumentRenderer } from './document-renderer';
import { loadLetterheadImage } from './load-letterhead-image';
import { requirePiagamIssued } from './piagam-eligibility';
import { recordDocumentIssue, refuseCodeCollision } from './record-document-issue';
import type { RenderTask } from './render-task';
import type { RenderedDocumentRef } from './rendered-document-store';
import { resolveSigning, type Signing } from './resolve-signing';

export interface PiagamRequest {
  snapshot: ResultSnapshotRow;
  entity: EntityResultSummaryRow;
  unit?: UnitResultSummaryRow;
  language: 'id' | 'en';
}

export interface DocumentSettings {
  secret: Buffer;
  /** PATUH_DATA_DIR: where the offices' letterhead images are stored. */
  dataDir: string;
  /** Origin the QR code points to: PATUH_PUBLIC_URL (config.documentBaseUrl), never a request's Host. */
  baseUrl: string;
}

export interface GeneratedPiagam {
  pdf: Buffer;
  /** The renderer's key of `pdf`. */
  key: string;
  code: string;
  signing: Signing['source'];
}

/**
 * One piagam: derive its code, record the code with the signing it prints (once; audited when first issued)
 * so /verifikasi finds it and every re-print shows the same signatories, then take the PDF from the renderer
 * (rendered once per code, language and address). A code already held by another subject (an HMAC
 * collision, ≈ 1 in 10¹³) is refused, never reused.
 */
export async function generatePiagam(
  db: Database,
  renderer: DocumentRenderer,
  settings: DocumentSettings,
  request: PiagamRequest,
  audit: AuditContext,
  options: {
    waitForRoom?: boolean;
    /** Public downloads: refuse (409 PIAGAM_NOT_SIGNED) rather than print the "belum diatur" placeholder. */
    refuseUnsigned?: boolean;
  } = {},
): Promise<GeneratedPiagam> {
  const { snapshot, entity, unit } = request;
  const subject = piagamSubjectOf(request);
  const methodology = await methodologyOf(snapshot);
  // Checked before a code is recorded: a result without a piagam never gets a verification code.
  if (unit) requirePiagamIssued(methodology, unit.category, unit.unitName);
  else await requireEntityPiagam(db, snapshot, entity, methodology);
  const code = piagamCodeOf(settings.secret, snapshot.id, subject);
  const signing = await issuePiagamCode(db, code, { snapshot, entity, unit, subject, audit }, options);
  const { document, task } = piagamToRender(settings, request, { methodology, subject, code, signing });
  const pdf = await renderer.obtain(document, task, options);
  return { pdf, key: document.key, code, signing: signing.source };
}

/** The subject a piagam's code is derived from: the unit's result, else the entity's. */
export function piagamSubjectOf(request: Pick<PiagamRequest, 'entity' | 'unit'>): DocumentSubject {
  return request.unit
    ? { type: 'unit', unitResultId: request.unit.id }
    : { type: 'entity', entityCode: request.entity.entityCode };
}

/** A piagam whose code and signing are decided: its key in the renderer and how to build its render task. */
export function piagamToRender(
  settings: DocumentSettings,
  request: PiagamRequest,
  decided: { methodology: Methodology; subject: DocumentSubject; code: string; signing: Signing },
): { document: RenderedDocumentRef; task: () => Promise<RenderTask> } {
  const { snapshot, entity, unit, language } = request;
  const { methodology, code, signing } = decided;
  const url = verificationUrlOf(settings.baseUrl, code);
  const key = piagamCacheKey({
    snapshotId: snapshot.id,
    subjectId: subjectIdOf(decided.subject),
    language,
    signingVersion: signingVersionOf(signing),
    verificationUrl: url,
  });
  return {
    document: { key, kind: 'piagam', snapshotId: snapshot.id },
    task: async () => {
      const letterheadImage = await loadLetterheadImage(settings.dataDir, signing.letterhead);
      return {
        kind: 'piagam',
        input: buildPiagamInput({
          snapshot,
          entity,
          ...(unit ? { unit } : {}),
          methodology,
          signing,
          code,
          url,
          language,
          ...(letterheadImage ? { letterheadImage } : {}),
        }),
      };
    },
  };
}

/**
 * The signing a code prints: the one recorded when it was first issued. A new code records the year's
 * current signing in the same transaction as its `document.issue` audit entry; a code issued before signings
 * were recorded keeps what it prints at its next print.
 */
export async function issuePiagamCode(
  db: Database,
  code: string,
  about: {
    snapshot: ResultSnapshotRow;
    entity: EntityResultSummaryRow;
    unit: UnitResultSummaryRow | undefined;
    subject: DocumentSubject;
    audit: AuditContext;
  },
  options: { refuseUnsigned?: boolean },
): Promise<Signing> {
  const { snapshot, entity, unit, subject, audit } = about;
  const subjectId = subjectIdOf(subject);
  const document = {
    code,
    kind: 'piagam',
    snapshotId: snapshot.id,
    subjectId,
    entityCode: entity.entityCode,
    unitResultId: unit?.id ?? null,
  } as const;
  const refuseIfUnsigned = (signing: Signing) => {
    if (options.refuseUnsigned && signing.source === 'default') throw piagamNotSigned(snapshot.year);
  };
  const existing = await findIssuedDocument(db, code);
  if (existing) {
    refuseCodeCollision(document, existing);
    if (existing.signing && existing.signing.source !== 'default') return existing.signing;
    const current = await resolveSigning(db, snapshot.year, entity.provinceCode);
    refuseIfUnsigned(current);
    if (!existing.signing) return freezeIssuedSigning(db, code, current);
    if (current.source === 'default') return existing.signing;
    return replacePlaceholder(db, code, existing.signing, current, entity, audit);
  }
  return db.transaction(async (tx) => {
    const signing = await resolveSigning(tx, snapshot.year, entity.provinceCode);
    refuseIfUnsigned(signing);
    const { row, inserted } = await recordDocumentIssue(
      tx,
      { ...document, signing },
      {
        audit,
        provinceCode: entity.provinceCode,
        after: {
          kind: 'piagam',
          snapshotId: snapshot.id,
          year: snapshot.year,
          subjectId,
          signing: signing.source,
          signatories: signing.signatories,
        },
      },
    );
    // The first print keeps the signing it resolved; a concurrent print that lost the race takes the stored one.
    return inserted ? signing : (row.signing ?? signing);
  });
}

/**
 * A code printed with the placeholder (before the year's signatories were set) takes the year's signing at
 * its next print, audited; the placeholder never binds (see hasIssuedPiagamSignedBy).
 */
async function replacePlaceholder(
  db: Database,
  code: string,
  placeholder: Signing,
  signing: Signing,
  entity: EntityResultSummaryRow,
  audit: AuditContext,
): Promise<Signing> {
  return db.transaction(async (tx) => {
    const replaced = await replacePlaceholderSigning(tx, code, signing);
    if (!replaced) return (await findIssuedDocument(tx, code))?.signing ?? signing;
    await appendAuditEntry(tx, {
      ...auditFieldsOf(audit),
      action: 'document.signing.replace-placeholder',
      resourceType: 'issued-document',
      resourceId: code,
      provinceCode: entity.provinceCode,
      before: { signing: placeholder.source, signatories: placeholder.signatories },
      after: { signing: signing.source, signatories: signing.signatories },
    });
    return replaced;
  });
}

/** The public answer while nobody has set who signs the year's piagam (instead of printing a placeholder). */
export function piagamNotSigned(year: number): DomainError {
  return new DomainError('PIAGAM_NOT_SIGNED', {
    id: `Piagam tahun ${year} belum ditandatangani: penandatangannya belum diatur. Piagam terbit setelah Ombudsman RI mengatur penandatangan tahun ini.`,
    en: `The ${year} piagam is not signed yet: its signatories have not been set. It is published once the Ombudsman RI sets this year's signatories.`,
  });
}

export async function methodologyOf(snapshot: ResultSnapshotRow): Promise<Methodology> {
  const ref = `${snapshot.methodologyId}@${snapshot.methodologyVersion}`;
  const edition = await findCachedEdition(ref);
  if (!edition)
    throw new Error(`methodology edition ${ref} of snapshot ${snapshot.id} is not in the catalogue`);
  return edition.methodology;
}
