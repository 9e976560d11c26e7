import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import {
  type EvidenceFlagDecisionRow,
  evidenceFingerprints,
  evidenceFlagDecisions,
} from '../schema/evidence-integrity';
import { users } from '../schema/users';
import { selectRows } from './select-rows';

export type EvidenceFlagCode = EvidenceFlagDecisionRow['flagCode'];

/** Keeps the perceptual hash of a stored photo; the same content hashes the same, so a second write is a no-op. */
export async function saveEvidenceFingerprint(
  db: Queryable,
  fileSha256: string,
  perceptualHash: string,
): Promise<void> {
  await db.insert(evidenceFingerprints).values({ fileSha256, perceptualHash }).onConflictDoNothing();
}

export async function hasEvidenceFingerprint(db: Queryable, fileSha256: string): Promise<boolean> {
  const rows = await db
    .select({ sha: evidenceFingerprints.fileSha256 })
    .from(evidenceFingerprints)
    .where(eq(evidenceFingerprints.fileSha256, fileSha256));
  return rows.length > 0;
}

/** An earlier use of the same (or a near-identical) picture elsewhere. */
export interface EarlierUse {
  evidenceId: string;
  match: 'exact' | 'perceptual';
  year: number;
  entityCode: string;
  entityName: string;
  unitName: string;
  indicatorCode: string;
}

/**
 * For each given evidence item, the uses of the same picture on another answer (indicator, unit, entity or
 * year) uploaded before it: the first upload is the original, later ones are the copies. The same stored file
 * on another answer of the same locus unit is not a use elsewhere (one photo reused within a unit). Exact
 * copies by sha256 (indexed); near copies by perceptual hash within `maxBits` differing bits (a scan of the
 * fingerprints, 16 hex digits each).
 */
export async function listEarlierUses(
  db: Queryable,
  evidenceIds: readonly string[],
  maxBits: number,
  maxPerEvidence: number,
): Promise<EarlierUse[]> {
  if (evidenceIds.length === 0) return [];
  const ids = sql.join(
    evidenceIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  // Per item, the earliest few uses only (a demo photo reused on every unit must not return thousands of
  // rows per item); the same content, or content whose fingerprint is near, found through the file index.
  return selectRows<EarlierUse>(
    db,
    sql`
      with wanted as (
        select e.id, e.answer_id, e.file_sha256, e.created_at, f.perceptual_hash, ea.locus_unit_id
        from answer_evidence e
        join answers ea on ea.id = e.answer_id
        left join evidence_fingerprints f on f.file_sha256 = e.file_sha256
        where e.id in (${ids})
      )
      select w.id as "evidenceId", x.match as "match", cy.year as "year",
        en.code as "entityCode", en.short_name as "entityName", u.name as "unitName",
        a.indicator_code as "indicatorCode"
      from wanted w
      cross join lateral (
        select o.id, o.answer_id, o.created_at,
          case when o.file_sha256 = w.file_sha256 then 'exact' else 'perceptual' end as match
        from answer_evidence o
        where o.file_sha256 = any(array_prepend(w.file_sha256, array(
            select f.file_sha256 from evidence_fingerprints f
            where w.perceptual_hash is not null and f.file_sha256 <> w.file_sha256
              and bit_count(('x' || f.perceptual_hash)::bit(64) # ('x' || w.perceptual_hash)::bit(64)) <= ${maxBits}
          )))
          and o.answer_id <> w.answer_id
          -- The same stored file on several answers of one unit is one photo supporting several indicators
          -- or officials (attached once, reused), not a copy passed off as new evidence.
          and not (o.file_sha256 = w.file_sha256
            and exists (select 1 from answers oa where oa.id = o.answer_id and oa.locus_unit_id = w.locus_unit_id))
          and (o.created_at < w.created_at or (o.created_at = w.created_at and o.id < w.id))
        order by o.created_at, o.id
        limit ${maxPerEvidence}
      ) x
      join answers a on a.id = x.answer_id
      join locus_units lu on lu.id = a.locus_unit_id
      join loci l on l.id = lu.locus_id
      join cycles cy on cy.id = l.cycle_id
      join entities en on en.id = l.entity_id
      join units u on u.id = lu.unit_id
      order by w.id, x.created_at, x.id
    `,
  );
}

export interface FlagDecisionView {
  evidenceId: string;
  flagCode: EvidenceFlagCode;
  decision: 'accepted' | 'rejected';
  note: string;
  decidedAt: Date;
  decidedByName: string | null;
}

export async function listFlagDecisions(
  db: Queryable,
  evidenceIds: readonly string[],
): Promise<FlagDecisionView[]> {
  if (evidenceIds.length === 0) return [];
  return db
    .select({
      evidenceId: evidenceFlagDecisions.evidenceId,
      flagCode: evidenceFlagDecisions.flagCode,
      decision: evidenceFlagDecisions.decision,
      note: evidenceFlagDecisions.note,
      decidedAt: evidenceFlagDecisions.decidedAt,
      decidedByName: users.name,
    })
    .from(evidenceFlagDecisions)
    .leftJoin(users, eq(users.id, evidenceFlagDecisions.decidedByUserId))
    .where(inArray(evidenceFlagDecisions.evidenceId, [...evidenceIds]));
}

export async function findFlagDecision(
  db: Queryable,
  evidenceId: string,
  flagCode: EvidenceFlagCode,
): Promise<EvidenceFlagDecisionRow | undefined> {
  const [row] = await db
    .select()
    .from(evidenceFlagDecisions)
    .where(
      and(eq(evidenceFlagDecisions.evidenceId, evidenceId), eq(evidenceFlagDecisions.flagCode, flagCode)),
    );
  return row;
}

/** Records (or replaces) the decision on one flag. */
export async function saveFlagDecision(
  db: Queryable,
  values: {
    evidenceId: string;
    flagCode: EvidenceFlagCode;
    decision: 'accepted' | 'rejected';
    note: string;
    userId: string;
    at: Date;
  },
): Promise<void> {
  const row = {
    evidenceId: values.evidenceId,
    flagCode: values.flagCode,
    decision: values.decision,
    note: values.note,
    decidedByUserId: values.userId,
    decidedAt: values.at,
  };
  await db
    .insert(evidenceFlagDecisions)
    .values(row)
    .onConflictDoUpdate({
      target: [evidenceFlagDecisions.evidenceId, evidenceFlagDecisions.flagCode],
      set: {
        decision: row.decision,
        note: row.note,
        decidedByUserId: row.decidedByUserId,
        decidedAt: row.decidedAt,
      },
    });
}

/** A photo of a province's loci in a year, with where it belongs, for the integrity report. */
export interface ProvincePhotoRow {
  id: string;
  entityCode: string;
  entityName: string;
  unitId: string;
  unitName: string;
  unitLatitude: number | null;
  unitLongitude: number | null;
  indicatorCode: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  takenAt: Date | null;
  latitude: number | null;
  longitude: number | null;
  uploadedAt: Date;
}

/**
 * Every photo uploaded to the province's loci of the cycle (PDFs raise no flags); with `assignedUserId`,
 * only loci that user works on (a verifier sees the loci assigned to them).
 */
export async function listProvincePhotos(
  db: Queryable,
  filter: { cycleId: string; provinceCode: string; assignedUserId: string | null },
): Promise<ProvincePhotoRow[]> {
  const assigned = filter.assignedUserId
    ? sql`and exists (select 1 from locus_assignments la where la.locus_id = l.id and la.user_id = ${filter.assignedUserId}::uuid)`
    : sql``;
  const rows = await selectRows<
    Omit<ProvincePhotoRow, 'sizeBytes' | 'takenAt' | 'uploadedAt'> & {
      sizeBytes: number | string;
      takenAt: string | Date | null;
      uploadedAt: string | Date;
    }
  >(
    db,
    sql`
      select e.id, en.code as "entityCode", en.short_name as "entityName", u.id as "unitId",
        u.name as "unitName", u.latitude as "unitLatitude", u.longitude as "unitLongitude",
        a.indicator_code as "indicatorCode", e.file_name as "fileName", f.media_type as "mediaType",
        f.size_bytes as "sizeBytes", f.sha256, e.taken_at as "takenAt", e.latitude, e.longitude,
        e.created_at as "uploadedAt"
      from answer_evidence e
      join stored_files f on f.sha256 = e.file_sha256
      join answers a on a.id = e.answer_id
      join locus_units lu on lu.id = a.locus_unit_id
      join loci l on l.id = lu.locus_id
      join entities en on en.id = l.entity_id
      join units u on u.id = lu.unit_id
      where l.cycle_id = ${filter.cycleId}::uuid and en.province_code = ${filter.provinceCode}
        and f.media_type like 'image/%' ${assigned}
      order by en.code, u.name, a.indicator_code, e.created_at, e.id
    `,
  );
  // Raw rows come back as the driver types them (PGlite and node-postgres differ on bigint and timestamps).
  return rows.map((row) => ({
    ...row,
    sizeBytes: Number(row.sizeBytes),
    takenAt: row.takenAt === null ? null : new Date(row.takenAt),
    uploadedAt: new Date(row.uploadedAt),
  }));
}
