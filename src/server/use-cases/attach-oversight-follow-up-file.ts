import type { OversightRegister } from '../../contracts/oversight-products.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { addOversightFile } from '../db/repositories/oversight-products.repository';
import { sanitiseFileName } from '../files/sanitise-file-name';
import { storeUploadedFile, type UploadedFile } from '../files/uploaded-file';
import { presentOversightRegister } from '../oversight/present-oversight-register';
import { requireOversightProduct } from '../oversight/require-oversight-product';

/** Follow-up evidence (a letter, decree or photo), stored once by content; confirming stays with the office. */
export async function attachOversightFollowUpFile(
  db: Database,
  dataDir: string,
  actor: RequestActor,
  params: { code: string; productId: string },
  file: UploadedFile,
  now: Date,
  context: AuditContext,
): Promise<OversightRegister> {
  return db.transaction(async (tx) => {
    const { entity, product } = await requireOversightProduct(tx, actor, 'oversight.follow-up', params);
    const stored = await storeUploadedFile(tx, dataDir, file);
    const fileName = sanitiseFileName(file.fileName);
    const attached = await addOversightFile(tx, {
      productId: product.id,
      fileSha256: stored.sha256,
      fileName,
      uploadedByUserId: actor.userId,
      createdAt: now,
    });
    if (attached)
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'oversight.attach',
        resourceType: 'oversight-product',
        resourceId: product.id,
        provinceCode: entity.provinceCode,
        after: { fileName, ...stored },
      });
    return presentOversightRegister(tx, actor, entity, now);
  });
}
