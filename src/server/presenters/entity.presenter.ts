import type { EntitySummary } from '../../contracts/entities.contract';
import type { Unit, UnitType } from '../../contracts/units.contract';
import type { EntityRow } from '../db/repositories/entities.repository';
import type { UnitTypeRow, UnitWithProducts } from '../db/repositories/units.repository';

export function toEntitySummary(row: EntityRow): EntitySummary {
  return {
    code: row.code,
    kind: row.kind,
    provinceCode: row.provinceCode,
    regencyCode: row.regencyCode,
    officialName: row.officialName,
    shortName: row.shortName,
    alias: row.alias,
    isActive: row.isActive,
  };
}

export function toUnit(row: UnitWithProducts, entityCode: string): Unit {
  return {
    id: row.id,
    entityCode,
    unitTypeCode: row.unitTypeCode,
    name: row.name,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    serviceHours: row.serviceHours,
    isActive: row.isActive,
    products: row.products,
  };
}

export function toUnitType(row: UnitTypeRow): UnitType {
  return {
    code: row.code,
    nameId: row.nameId,
    nameEn: row.nameEn,
    sortOrder: row.sortOrder,
    isActive: row.isActive,
  };
}
