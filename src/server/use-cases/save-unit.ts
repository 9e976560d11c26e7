import type { CreateUnitRequest, UpdateUnitRequest } from '../../contracts/units.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database, Queryable } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findEntityById } from '../db/repositories/entities.repository';
import {
  findUnitById,
  findUnitType,
  insertUnit,
  listUnitsOfEntity,
  replaceUnitProducts,
  type UnitWithProducts,
  updateUnit as writeUnit,
} from '../db/repositories/units.repository';
import { DomainError, notFoundError } from '../errors';
import { getEntity } from './get-entity';

/** Adds a service unit to an entity in the actor's scope. */
export async function createUnit(
  db: Database,
  actor: RequestActor,
  entityCode: string,
  request: CreateUnitRequest,
  context: AuditContext,
): Promise<UnitWithProducts> {
  return db.transaction(async (tx) => {
    const entity = await getEntity(tx, entityCode, { actor, action: 'unit.manage' });
    await requireActiveUnitType(tx, request.unitTypeCode);
    requireBothCoordinatesOrNone(request.latitude, request.longitude);
    await requireUniqueName(tx, entity.id, request.name);
    const { products, ...values } = request;
    const unit = await insertUnit(tx, { ...values, entityId: entity.id });
    await replaceUnitProducts(tx, unit.id, products);
    const saved = await findUnitById(tx, unit.id);
    if (!saved) throw notFoundError();
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'unit.create',
      resourceType: 'unit',
      resourceId: unit.id,
      provinceCode: entity.provinceCode,
      after: saved,
    });
    return saved;
  });
}

/** Changes a unit; its id never changes, so its history across cycles stays connected. */
export async function updateUnit(
  db: Database,
  actor: RequestActor,
  unitId: string,
  changes: UpdateUnitRequest,
  context: AuditContext,
): Promise<{ unit: UnitWithProducts; entityCode: string }> {
  return db.transaction(async (tx) => {
    const before = await findUnitById(tx, unitId);
    const owner = before && (await findEntityById(tx, before.entityId));
    if (!before || !owner) throw notFoundError();
    await getEntity(tx, owner.code, { actor, action: 'unit.manage' });
    if (changes.unitTypeCode) await requireActiveUnitType(tx, changes.unitTypeCode);
    requireBothCoordinatesOrNone(
      changes.latitude !== undefined ? changes.latitude : before.latitude,
      changes.longitude !== undefined ? changes.longitude : before.longitude,
    );
    if (changes.name && changes.name !== before.name) await requireUniqueName(tx, owner.id, changes.name);
    const { products, ...values } = changes;
    await writeUnit(tx, unitId, values);
    if (products) await replaceUnitProducts(tx, unitId, products);
    const after = await findUnitById(tx, unitId);
    if (!after) throw notFoundError();
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'unit.update',
      resourceType: 'unit',
      resourceId: unitId,
      provinceCode: owner.provinceCode,
      before,
      after,
    });
    return { unit: after, entityCode: owner.code };
  });
}

async function requireActiveUnitType(db: Queryable, code: string): Promise<void> {
  const unitType = await findUnitType(db, code);
  if (!unitType?.isActive) {
    throw new DomainError('VALIDATION_FAILED', {
      id: `Jenis unit "${code}" tidak ada atau tidak aktif.`,
      en: `Unit type "${code}" does not exist or is inactive.`,
    });
  }
}

/** A point needs both numbers; half a coordinate would put the unit on a line across the globe. */
function requireBothCoordinatesOrNone(latitude: number | null, longitude: number | null): void {
  if ((latitude === null) === (longitude === null)) return;
  const path = latitude === null ? 'latitude' : 'longitude';
  const message = {
    id: 'Koordinat harus diisi lengkap: lintang dan bujur, atau keduanya dikosongkan.',
    en: 'Coordinates must be complete: latitude and longitude, or neither.',
  };
  throw new DomainError('VALIDATION_FAILED', message, [{ path, message: message.id, messages: message }]);
}

async function requireUniqueName(db: Queryable, entityId: string, name: string): Promise<void> {
  const siblings = await listUnitsOfEntity(db, entityId);
  if (siblings.some((unit) => unit.name.toLowerCase() === name.toLowerCase())) {
    throw new DomainError('CONFLICT', {
      id: `Entitas ini sudah memiliki unit bernama "${name}".`,
      en: `This entity already has a unit named "${name}".`,
    });
  }
}
