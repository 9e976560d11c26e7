import type { Queryable } from '../db/database';
import {
  type DocumentSignatoriesRow,
  findSignatories,
  listSignatoriesOfYear,
} from '../db/repositories/document-signatories.repository';
import { findProvinceName, listProvinceNames } from '../db/repositories/document-sources.repository';
import {
  findOfficeLetterhead,
  listOfficeLetterheads,
  type OfficeLetterheadRow,
} from '../db/repositories/office-letterheads.repository';

export const centreOfficeCode = 'pusat';
const issuerName = 'Ombudsman Republik Indonesia';

export interface Signing {
  issuer: { name: string; office?: string };
  signatories: { name: string; title: string }[];
  place: string;
  /** Which settings applied: the province office's, the centre's, or the built-in defaults. */
  source: 'province' | 'centre' | 'default';
  /** The emblem/letterhead printed at the top: the signing office's, else the centre's (office-letterheads). */
  letterhead?: { sha256: string; mediaType: 'image/png' | 'image/jpeg' };
}

/** Printed when nobody set the signatories of a year: visibly a placeholder, never a made-up person. */
export const defaultSignatories = [
  { name: '(Penandatangan belum diatur)', title: 'Ketua Ombudsman Republik Indonesia' },
];
const defaultPlace = 'Jakarta';

/**
 * Who signs the documents of an entity in a year: its province office's settings, else the centre's, else the
 * defaults (marked as not set). Ministries and agencies have no province: the centre signs theirs.
 */
export async function resolveSigning(
  db: Queryable,
  year: number,
  provinceCode: string | null,
): Promise<Signing> {
  const signing = await resolveSignatories(db, year, provinceCode);
  const letterhead = await letterheadOf(db, signing.source === 'province' ? provinceCode : null);
  return letterhead ? { ...signing, letterhead } : signing;
}

/**
 * resolveSigning for the provinces of a batch of documents (a bulk job's), in three statements however many
 * provinces: the same signing each would resolve alone.
 */
export async function resolveSignings(
  db: Queryable,
  year: number,
  provinceCodes: readonly (string | null)[],
): Promise<Map<string | null, Signing>> {
  const provinces = [...new Set(provinceCodes)].filter((code): code is string => code !== null);
  const signatoriesByOffice = new Map(
    (await listSignatoriesOfYear(db, year, [...provinces, centreOfficeCode])).map((row) => [
      row.officeCode,
      row,
    ]),
  );
  const namedProvinces = provinces.filter((code) => hasSignatories(signatoriesByOffice.get(code)));
  const names = new Map(
    namedProvinces.length > 0
      ? (await listProvinceNames(db, namedProvinces)).map((row) => [row.code, row.name])
      : [],
  );
  const letterheads = new Map((await listOfficeLetterheads(db)).map((row) => [row.officeCode, row]));
  const signings = new Map<string | null, Signing>();
  for (const provinceCode of new Set(provinceCodes)) {
    const office = provinceCode ? signatoriesByOffice.get(provinceCode) : undefined;
    const signing = hasSignatories(office)
      ? provinceSigning(office, provinceCode ? (names.get(provinceCode) ?? provinceCode) : '')
      : centreSigning(signatoriesByOffice.get(centreOfficeCode));
    const letterhead = letterheadFrom(
      (signing.source === 'province' && provinceCode ? letterheads.get(provinceCode) : undefined) ??
        letterheads.get(centreOfficeCode),
    );
    signings.set(provinceCode, letterhead ? { ...signing, letterhead } : signing);
  }
  return signings;
}

/** The signing office's letterhead, else the centre's; none when neither office uploaded one. */
async function letterheadOf(db: Queryable, provinceCode: string | null): Promise<Signing['letterhead']> {
  return letterheadFrom(
    (provinceCode ? await findOfficeLetterhead(db, provinceCode) : undefined) ??
      (await findOfficeLetterhead(db, centreOfficeCode)),
  );
}

function letterheadFrom(row: OfficeLetterheadRow | undefined): Signing['letterhead'] {
  if (!row || (row.mediaType !== 'image/png' && row.mediaType !== 'image/jpeg')) return undefined;
  return { sha256: row.fileSha256, mediaType: row.mediaType };
}

function hasSignatories(row: DocumentSignatoriesRow | undefined): row is DocumentSignatoriesRow {
  return row !== undefined && row.signatories.length > 0;
}

function provinceSigning(office: DocumentSignatoriesRow, provinceName: string): Signing {
  return {
    issuer: { name: issuerName, office: `Perwakilan Provinsi ${provinceName}` },
    signatories: office.signatories.slice(0, 3),
    place: office.place ?? defaultPlace,
    source: 'province',
  };
}

async function resolveSignatories(
  db: Queryable,
  year: number,
  provinceCode: string | null,
): Promise<Signing> {
  if (provinceCode) {
    const office = await findSignatories(db, year, provinceCode);
    if (hasSignatories(office))
      return provinceSigning(office, (await findProvinceName(db, provinceCode)) ?? provinceCode);
  }
  return centreSigning(await findSignatories(db, year, centreOfficeCode));
}

function centreSigning(centre: DocumentSignatoriesRow | undefined): Signing {
  if (centre && centre.signatories.length > 0) {
    return {
      issuer: { name: issuerName },
      signatories: centre.signatories.slice(0, 3),
      place: centre.place ?? defaultPlace,
      source: 'centre',
    };
  }
  return {
    issuer: { name: issuerName },
    signatories: defaultSignatories,
    place: defaultPlace,
    source: 'default',
  };
}
