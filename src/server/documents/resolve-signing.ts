import type { Queryable } from '../db/database';
import { findSignatories } from '../db/repositories/document-signatories.repository';
import { findProvinceName } from '../db/repositories/document-sources.repository';
import { findOfficeLetterhead } from '../db/repositories/office-letterheads.repository';

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

/** The signing office's letterhead, else the centre's; none when neither office uploaded one. */
async function letterheadOf(db: Queryable, provinceCode: string | null): Promise<Signing['letterhead']> {
  const row =
    (provinceCode ? await findOfficeLetterhead(db, provinceCode) : undefined) ??
    (await findOfficeLetterhead(db, centreOfficeCode));
  if (!row || (row.mediaType !== 'image/png' && row.mediaType !== 'image/jpeg')) return undefined;
  return { sha256: row.fileSha256, mediaType: row.mediaType };
}

async function resolveSignatories(
  db: Queryable,
  year: number,
  provinceCode: string | null,
): Promise<Signing> {
  if (provinceCode) {
    const office = await findSignatories(db, year, provinceCode);
    if (office && office.signatories.length > 0) {
      const provinceName = (await findProvinceName(db, provinceCode)) ?? provinceCode;
      return {
        issuer: { name: issuerName, office: `Perwakilan Provinsi ${provinceName}` },
        signatories: office.signatories.slice(0, 3),
        place: office.place ?? defaultPlace,
        source: 'province',
      };
    }
  }
  const centre = await findSignatories(db, year, centreOfficeCode);
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
