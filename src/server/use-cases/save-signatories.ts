import type { OfficeSignatories, SaveSignatoriesRequest } from '../../contracts/documents.contract';
import { can } from '../../core/access/can';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findSignatories, upsertSignatories } from '../db/repositories/document-signatories.repository';
import { findProvinceName } from '../db/repositories/document-sources.repository';
import { hasIssuedPiagamSignedBy } from '../db/repositories/issued-documents.repository';
import { centreOfficeCode } from '../documents/resolve-signing';
import { DomainError, notFoundError } from '../errors';
import { toOfficeSignatories } from './list-signatories';

/** Sets who signs the piagam of a year for one office: the centre (admins) or a province office (its staff). */
export async function saveSignatories(
  db: Database,
  actor: RequestActor,
  target: { year: number; officeCode: string },
  request: SaveSignatoriesRequest,
  context: AuditContext,
  now: Date,
): Promise<OfficeSignatories> {
  const isCentre = target.officeCode === centreOfficeCode;
  const allowed = isCentre
    ? actor.role === 'admin' && can(actor, 'documents.configure')
    : can(actor, 'documents.configure', { type: 'province', provinceCode: target.officeCode });
  if (!allowed) throw notFoundError();
  const provinceName = isCentre ? undefined : await findProvinceName(db, target.officeCode);
  if (!isCentre && provinceName === undefined) throw notFoundError();
  const officeName = isCentre ? 'Ombudsman RI (pusat)' : `Perwakilan ${provinceName}`;
  return db.transaction(async (tx) => {
    // A certificate once handed out stays what it was: an office's signatories of a year freeze with the
    // first piagam they are printed on (re-prints use the signing recorded with the code in any case).
    const office = isCentre
      ? ({ type: 'centre' } as const)
      : ({ type: 'province', provinceCode: target.officeCode } as const);
    if (await hasIssuedPiagamSignedBy(tx, target.year, office)) throw signatoriesFrozen(target.year);
    const before = await findSignatories(tx, target.year, target.officeCode);
    const after = await upsertSignatories(tx, {
      year: target.year,
      officeCode: target.officeCode,
      signatories: request.signatories,
      place: request.place,
      updatedAt: now,
      updatedByUserId: actor.userId,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'document.signatories.save',
      resourceType: 'document-signatories',
      resourceId: `${target.year}/${target.officeCode}`,
      provinceCode: isCentre ? null : target.officeCode,
      before: before ? { signatories: before.signatories, place: before.place } : null,
      after: { signatories: after.signatories, place: after.place },
    });
    return toOfficeSignatories(target.year, { code: target.officeCode, name: officeName }, after);
  });
}

function signatoriesFrozen(year: number): DomainError {
  return new DomainError('SIGNATORIES_FROZEN', {
    id: `Penandatangan tahun ${year} untuk kantor ini sudah tercetak pada piagam yang diterbitkan dan tidak dapat diubah lagi.`,
    en: `The ${year} signatories of this office are printed on piagam already issued and can no longer change.`,
  });
}
