import { maxLetterheadBytes, type OfficeLetterhead } from '../../contracts/documents.contract';
import { can } from '../../core/access/can';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findProvinceName } from '../db/repositories/document-sources.repository';
import {
  findOfficeLetterhead,
  type OfficeLetterheadRow,
  upsertOfficeLetterhead,
} from '../db/repositories/office-letterheads.repository';
import { centreOfficeCode } from '../documents/resolve-signing';
import { DomainError, notFoundError } from '../errors';
import type { StagedFile } from '../files/stage-upload-stream';
import { storeStagedFile } from '../files/store-staged-file';

/**
 * Sets an office's emblem/letterhead (PNG or JPEG, ≤ 512 KB, recognised by its bytes), kept as a stored
 * file; audited. The centre's is set by admins, a province office's by its staff (as its signatories).
 * Documents printed after this show it; a piagam already issued keeps what it printed (its signing).
 */
export async function saveOfficeLetterhead(
  db: Database,
  dataDir: string,
  actor: RequestActor,
  officeCode: string,
  staged: StagedFile,
  context: AuditContext,
  now: Date,
): Promise<OfficeLetterhead> {
  await requireOfficeManager(db, actor, officeCode);
  if (staged.sizeBytes > maxLetterheadBytes)
    throw new DomainError('FILE_TOO_LARGE', {
      id: 'Kop/lambang terlalu besar (maksimal 512 KB).',
      en: 'The letterhead is too large (512 KB at most).',
    });
  return db.transaction(async (tx) => {
    const stored = await storeStagedFile(tx, dataDir, staged);
    if (stored.mediaType !== 'image/png' && stored.mediaType !== 'image/jpeg')
      throw new DomainError('UNSUPPORTED_FILE_TYPE', {
        id: 'Kop/lambang harus gambar PNG atau JPEG.',
        en: 'The letterhead must be a PNG or JPEG image.',
      });
    const before = await findOfficeLetterhead(tx, officeCode);
    const row = await upsertOfficeLetterhead(tx, {
      officeCode,
      fileSha256: stored.sha256,
      mediaType: stored.mediaType,
      updatedAt: now,
      updatedByUserId: actor.userId,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'document.letterhead.save',
      resourceType: 'office-letterhead',
      resourceId: officeCode,
      provinceCode: officeCode === centreOfficeCode ? null : officeCode,
      before: before ? { sha256: before.fileSha256, mediaType: before.mediaType } : null,
      after: { sha256: row.fileSha256, mediaType: row.mediaType, sizeBytes: stored.sizeBytes },
    });
    return toOfficeLetterhead(row);
  });
}

/** Only who may set an office's signatories may set its letterhead; others learn nothing (404). */
export async function requireOfficeManager(
  db: Database,
  actor: RequestActor,
  officeCode: string,
): Promise<void> {
  const allowed =
    officeCode === centreOfficeCode
      ? actor.role === 'admin' && can(actor, 'documents.configure')
      : can(actor, 'documents.configure', { type: 'province', provinceCode: officeCode }) &&
        (await findProvinceName(db, officeCode)) !== undefined;
  if (!allowed) throw notFoundError();
}

export function toOfficeLetterhead(row: OfficeLetterheadRow): OfficeLetterhead {
  return {
    officeCode: row.officeCode,
    sha256: row.fileSha256,
    mediaType: row.mediaType === 'image/jpeg' ? 'image/jpeg' : 'image/png',
    updatedAt: row.updatedAt.toISOString(),
  };
}
