import type { Plan } from '../../contracts/plans.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { addPlanItemFile, findPlanItem, touchPlan } from '../db/repositories/improvement-plans.repository';
import { notFoundError } from '../errors';
import { sanitiseFileName } from '../files/sanitise-file-name';
import { storeUploadedFile, type UploadedFile } from '../files/uploaded-file';
import { presentPlan } from '../plans/present-plan';
import { requirePlan } from '../plans/require-plan';

/** Evidence that an item was done: a PDF or photo stored once by content. */
export async function attachPlanItemFile(
  db: Database,
  dataDir: string,
  actor: RequestActor,
  params: { code: string; year: number; itemId: string },
  file: UploadedFile,
  now: Date,
  context: AuditContext,
): Promise<Plan> {
  return db.transaction(async (tx) => {
    const { entity, plan } = await requirePlan(tx, actor, 'plan.manage', params);
    const item = await findPlanItem(tx, plan.id, params.itemId);
    if (!item) throw notFoundError();
    const stored = await storeUploadedFile(tx, dataDir, file);
    const fileName = sanitiseFileName(file.fileName);
    await addPlanItemFile(tx, {
      itemId: item.id,
      fileSha256: stored.sha256,
      fileName,
      uploadedByUserId: actor.userId,
    });
    await touchPlan(tx, plan.id, now);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'plan.item.attach',
      resourceType: 'plan-item',
      resourceId: item.id,
      provinceCode: entity.provinceCode,
      after: { fileName, ...stored },
    });
    return presentPlan(tx, entity, plan, now, actor);
  });
}
