import type { OversightProduct, OversightRegister } from '../../contracts/oversight-products.contract';
import { can } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import type { EntityRow } from '../db/repositories/entities.repository';
import {
  listOversightConfirmations,
  listOversightFiles,
  listOversightProducts,
  loadFollowUpStatusAtCutOff,
} from '../db/repositories/oversight-products.repository';
import { localToday } from '../plans/item-deadlines';

/** The entity's register as the actor sees it, with the follow-up status at `cutOff` (today when absent). */
export async function presentOversightRegister(
  db: Queryable,
  actor: RequestActor,
  entity: EntityRow,
  now: Date,
  cutOff?: string,
): Promise<OversightRegister> {
  const products = await listOversightProducts(db, entity.id);
  const ids = products.map((product) => product.id);
  const confirmations = await listOversightConfirmations(db, ids);
  const files = await listOversightFiles(db, ids);
  const items: OversightProduct[] = products.map((product) => ({
    id: product.id,
    kind: product.kind,
    number: product.number,
    issuedOn: product.issuedOn,
    subject: product.subject,
    issuingOffice: product.issuingOffice,
    dueOn: product.dueOn,
    followUpStatus: product.followUpStatus,
    confirmedByName: product.confirmedByName,
    confirmedAt: product.confirmedAt?.toISOString() ?? null,
    confirmations: confirmations
      .filter((confirmation) => confirmation.productId === product.id)
      .map((confirmation) => ({
        followUpStatus: confirmation.followUpStatus,
        confirmedOn: confirmation.confirmedOn,
        confirmedAt: confirmation.confirmedAt.toISOString(),
        confirmedByName: confirmation.confirmedByName,
        note: confirmation.note,
      })),
    files: files
      .filter((file) => file.productId === product.id)
      .map(({ sha256, fileName, mediaType, sizeBytes }) => ({ sha256, fileName, mediaType, sizeBytes })),
    version: product.version,
  }));
  const resource = { type: 'entity' as const, entityCode: entity.code, provinceCode: entity.provinceCode };
  return {
    entity: { code: entity.code, name: entity.officialName, provinceCode: entity.provinceCode },
    items,
    status: await loadFollowUpStatusAtCutOff(db, entity.id, cutOff ?? localToday(now, entity.provinceCode)),
    canManage: can(actor, 'oversight.manage', resource),
    canUploadFollowUp: can(actor, 'oversight.follow-up', resource),
  };
}
