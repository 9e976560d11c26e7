import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import {
  documentSignatories,
  type IssuedDocumentRow,
  type IssuedSigning,
  issuedDocuments,
} from '../schema/documents';
import { entityResults, resultSnapshots } from '../schema/results';

export type { IssuedDocumentRow, IssuedSigning };
export type NewIssuedDocument = Omit<typeof issuedDocuments.$inferInsert, 'issuedAt'>;

/**
 * Records a printed code once. Returns the stored row for the code and whether this call inserted it; a row
 * for another subject under the same code is a collision the caller must refuse.
 */
export async function recordIssuedDocument(
  db: Queryable,
  document: NewIssuedDocument,
): Promise<{ row: IssuedDocumentRow; inserted: boolean }> {
  const inserted = await db.insert(issuedDocuments).values(document).onConflictDoNothing().returning();
  const first = inserted[0];
  if (first) return { row: first, inserted: true };
  const existing = await findIssuedDocument(db, document.code);
  if (!existing) throw new Error(`issued document ${document.code} neither inserted nor found`);
  return { row: existing, inserted: false };
}

export async function findIssuedDocument(
  db: Queryable,
  code: string,
): Promise<IssuedDocumentRow | undefined> {
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.code, code));
  return row;
}

/** The rows of these codes (those recorded), in one statement: a bulk job looks up a batch at once. */
export async function findIssuedDocuments(
  db: Queryable,
  codes: readonly string[],
): Promise<IssuedDocumentRow[]> {
  if (codes.length === 0) return [];
  return db
    .select()
    .from(issuedDocuments)
    .where(inArray(issuedDocuments.code, [...codes]));
}

/**
 * Records many printed codes in one statement, each once. Answers the rows this call inserted; a code already
 * recorded (by a concurrent print) is left as it is, for the caller to read and check.
 */
export async function recordIssuedDocuments(
  db: Queryable,
  documents: readonly NewIssuedDocument[],
): Promise<IssuedDocumentRow[]> {
  if (documents.length === 0) return [];
  return db
    .insert(issuedDocuments)
    .values([...documents])
    .onConflictDoNothing()
    .returning();
}

/**
 * Records the signing of a code issued before signings were kept, unless another print did first; returns
 * the signing the code now prints.
 */
export async function freezeIssuedSigning(
  db: Queryable,
  code: string,
  signing: IssuedSigning,
): Promise<IssuedSigning> {
  const [updated] = await db
    .update(issuedDocuments)
    .set({ signing })
    .where(and(eq(issuedDocuments.code, code), isNull(issuedDocuments.signing)))
    .returning({ signing: issuedDocuments.signing });
  if (updated?.signing) return updated.signing;
  return (await findIssuedDocument(db, code))?.signing ?? signing;
}

/**
 * Puts the year's signing on a code that printed the placeholder ("belum diatur"), unless another print did
 * first; returns the signing the code now prints. A placeholder is no signature, so it never binds.
 */
export async function replacePlaceholderSigning(
  db: Queryable,
  code: string,
  signing: IssuedSigning,
): Promise<IssuedSigning | undefined> {
  const [updated] = await db
    .update(issuedDocuments)
    .set({ signing })
    .where(and(eq(issuedDocuments.code, code), sql`${issuedDocuments.signing}->>'source' = 'default'`))
    .returning({ signing: issuedDocuments.signing });
  return updated?.signing ?? undefined;
}

/**
 * Whether a piagam of `year` has been issued whose signatories come from this office's settings, so changing
 * them would make the settings disagree with certificates already handed out. A province office: any piagam
 * of an entity of that province printed with real signatories (the office's, or the centre's because the
 * office had none). The centre: any piagam printed with the centre's settings (for codes issued before
 * signings were recorded: an entity without a province, or whose office has no settings). A piagam that
 * printed the placeholder freezes nothing: it takes the signatories once they are set.
 */
export async function hasIssuedPiagamSignedBy(
  db: Queryable,
  year: number,
  office: { type: 'province'; provinceCode: string } | { type: 'centre' },
): Promise<boolean> {
  const officeCondition =
    office.type === 'province'
      ? and(
          eq(entityResults.provinceCode, office.provinceCode),
          sql`(${issuedDocuments.signing} is null or ${issuedDocuments.signing}->>'source' <> 'default')`,
        )
      : sql`(${issuedDocuments.signing}->>'source' = 'centre' or (${issuedDocuments.signing} is null and (${entityResults.provinceCode} is null or not exists (select 1 from ${documentSignatories} where ${documentSignatories.year} = ${year} and ${documentSignatories.officeCode} = ${entityResults.provinceCode}))))`;
  const [row] = await db
    .select({ code: issuedDocuments.code })
    .from(issuedDocuments)
    .innerJoin(resultSnapshots, eq(resultSnapshots.id, issuedDocuments.snapshotId))
    .innerJoin(
      entityResults,
      and(
        eq(entityResults.snapshotId, issuedDocuments.snapshotId),
        eq(entityResults.entityCode, issuedDocuments.entityCode),
      ),
    )
    .where(and(eq(issuedDocuments.kind, 'piagam'), eq(resultSnapshots.year, year), officeCondition))
    .limit(1);
  return row !== undefined;
}
