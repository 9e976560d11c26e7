import type { Objection } from '../../contracts/objections.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import { requireOpenPhase } from '../cycles/require-open-phase';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { addObjectionFile, listObjectionViews } from '../db/repositories/objections.repository';
import { DomainError } from '../errors';
import { sanitiseFileName } from '../files/sanitise-file-name';
import { storeUploadedFile, type UploadedFile } from '../files/uploaded-file';
import { presentObjection } from '../objections/present-objection';
import { requireObjection } from '../objections/require-objection';

/** Adds new evidence (PDF or photo) to an open objection, during the objection window. */
export async function attachObjectionFile(
  db: Database,
  dataDir: string,
  actor: RequestActor,
  params: { year: number; id: string },
  file: UploadedFile,
  context: AuditContext,
  now: Date,
): Promise<Objection> {
  const cycle = await requireCycle(db, params.year);
  requireOpenPhase(cycle, 'objection.file', now);
  const objection = await requireObjection(db, actor, 'objection.file', cycle, params.id);
  if (objection.row.status !== 'open')
    throw new DomainError('CONFLICT', {
      id: 'Sanggahan sudah diputuskan; berkas tidak dapat ditambahkan.',
      en: 'The objection has been decided; no files can be added.',
    });
  return db.transaction(async (tx) => {
    const stored = await storeUploadedFile(tx, dataDir, file);
    const fileName = sanitiseFileName(file.fileName);
    await addObjectionFile(tx, {
      objectionId: objection.row.id,
      fileSha256: stored.sha256,
      fileName,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'objection.attach',
      resourceType: 'objection',
      resourceId: objection.row.id,
      provinceCode: objection.row.provinceCode,
      before: null,
      after: { fileName, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
    });
    const [view] = await listObjectionViews(tx, cycle.id, { scope: { kind: 'all' }, id: objection.row.id });
    if (!view) throw new Error(`objection ${objection.row.id} vanished`);
    return presentObjection(view);
  });
}
