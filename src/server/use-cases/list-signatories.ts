import type { OfficeSignatories } from '../../contracts/documents.contract';
import { can } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import {
  type DocumentSignatoriesRow,
  listSignatoriesOfYear,
} from '../db/repositories/document-signatories.repository';
import { listProvinceNames } from '../db/repositories/document-sources.repository';
import { centreOfficeCode, defaultSignatories } from '../documents/resolve-signing';

/**
 * The signatories of a year per office the actor manages: admins the centre and every province office,
 * coordinators their own provinces. An office with nothing stored shows the defaults with isSet false.
 */
export async function listSignatories(
  db: Queryable,
  actor: RequestActor,
  year: number,
): Promise<{ items: OfficeSignatories[] }> {
  const isAdmin = actor.role === 'admin';
  const provinces = await listProvinceNames(db, isAdmin ? undefined : actor.provinceCodes);
  const offices = [
    ...(isAdmin ? [{ code: centreOfficeCode, name: 'Ombudsman RI (pusat)' }] : []),
    ...provinces
      .filter((province) =>
        can(actor, 'documents.configure', { type: 'province', provinceCode: province.code }),
      )
      .map((province) => ({ code: province.code, name: `Perwakilan ${province.name}` })),
  ];
  const stored = new Map(
    (
      await listSignatoriesOfYear(
        db,
        year,
        offices.map((office) => office.code),
      )
    ).map((row) => [row.officeCode, row]),
  );
  return { items: offices.map((office) => toOfficeSignatories(year, office, stored.get(office.code))) };
}

export function toOfficeSignatories(
  year: number,
  office: { code: string; name: string },
  row: DocumentSignatoriesRow | undefined,
): OfficeSignatories {
  return {
    year,
    officeCode: office.code,
    officeName: office.name,
    signatories: row?.signatories ?? defaultSignatories,
    place: row?.place ?? null,
    isSet: row !== undefined,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}
