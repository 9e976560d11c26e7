import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database';
import { cycles, locusUnits } from '../schema/cycles';
import { entities } from '../schema/entities';
import { type ObjectionRow, type ObjectionStatus, objectionFiles, objections } from '../schema/objections';
import { storedFiles } from '../schema/stored-files';
import { units } from '../schema/units';
import { users } from '../schema/users';

export type { ObjectionRow, ObjectionStatus };

export interface ObjectionView {
  row: ObjectionRow;
  year: number;
  entityName: string;
  unitId: string | null;
  unitName: string | null;
  filedByName: string;
  decidedByName: string | null;
  files: { sha256: string; fileName: string; mediaType: string }[];
}

/** Which objections a reader sees: all, some provinces, one entity, or the loci a verifier is assigned to. */
export type ObjectionScope =
  | { kind: 'all' }
  | { kind: 'provinces'; provinceCodes: readonly string[] }
  | { kind: 'entity'; entityCode: string };

export async function insertObjection(
  db: Queryable,
  values: typeof objections.$inferInsert,
): Promise<ObjectionRow> {
  const [row] = await db.insert(objections).values(values).returning();
  if (!row) throw new Error('insert into objections returned no row');
  return row;
}

/** Records a decision on an open objection; undefined when it was decided meanwhile (no row changed). */
export async function decideObjectionRow(
  db: Queryable,
  id: string,
  decision: { status: 'accepted' | 'rejected'; note: string; userId: string; at: Date },
): Promise<ObjectionRow | undefined> {
  const [row] = await db
    .update(objections)
    .set({
      status: decision.status,
      decisionNote: decision.note,
      decidedByUserId: decision.userId,
      decidedAt: decision.at,
    })
    .where(and(eq(objections.id, id), eq(objections.status, 'open')))
    .returning();
  return row;
}

export async function addObjectionFile(
  db: Queryable,
  values: { objectionId: string; fileSha256: string; fileName: string },
): Promise<void> {
  await db.insert(objectionFiles).values(values).onConflictDoNothing();
}

/** Objections of a cycle in scope, with names and files; oldest first. */
export async function listObjectionViews(
  db: Queryable,
  cycleId: string,
  filter: {
    scope: ObjectionScope;
    entityCode?: string | undefined;
    status?: ObjectionStatus | undefined;
    id?: string;
  },
): Promise<ObjectionView[]> {
  const rows = await db
    .select({
      row: objections,
      year: cycles.year,
      entityName: entities.shortName,
      unitId: units.id,
      unitName: units.name,
    })
    .from(objections)
    .innerJoin(cycles, eq(cycles.id, objections.cycleId))
    .innerJoin(entities, eq(entities.code, objections.entityCode))
    .leftJoin(locusUnits, eq(locusUnits.id, objections.locusUnitId))
    .leftJoin(units, eq(units.id, locusUnits.unitId))
    .where(
      and(
        eq(objections.cycleId, cycleId),
        scopeCondition(filter.scope),
        filter.entityCode ? eq(objections.entityCode, filter.entityCode) : undefined,
        filter.status ? eq(objections.status, filter.status) : undefined,
        filter.id ? eq(objections.id, filter.id) : undefined,
      ),
    )
    .orderBy(asc(objections.createdAt), asc(objections.id));
  if (rows.length === 0) return [];
  const fileRows = await db
    .select({
      objectionId: objectionFiles.objectionId,
      sha256: objectionFiles.fileSha256,
      fileName: objectionFiles.fileName,
      mediaType: storedFiles.mediaType,
    })
    .from(objectionFiles)
    .innerJoin(storedFiles, eq(storedFiles.sha256, objectionFiles.fileSha256))
    .where(
      inArray(
        objectionFiles.objectionId,
        rows.map((row) => row.row.id),
      ),
    )
    .orderBy(asc(objectionFiles.createdAt), asc(objectionFiles.id));
  const userIds = [
    ...new Set(
      rows.flatMap((row) => [row.row.filedByUserId, row.row.decidedByUserId ?? row.row.filedByUserId]),
    ),
  ];
  const names = new Map(
    (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds))).map(
      (user) => [user.id, user.name],
    ),
  );
  return rows.map((row) => ({
    ...row,
    filedByName: names.get(row.row.filedByUserId) ?? '',
    decidedByName: row.row.decidedByUserId ? (names.get(row.row.decidedByUserId) ?? null) : null,
    files: fileRows
      .filter((file) => file.objectionId === row.row.id)
      .map(({ sha256, fileName, mediaType }) => ({ sha256, fileName, mediaType })),
  }));
}

function scopeCondition(scope: ObjectionScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'provinces':
      return scope.provinceCodes.length > 0
        ? inArray(objections.provinceCode, [...scope.provinceCodes])
        : eq(objections.id, '00000000-0000-0000-0000-000000000000');
    case 'entity':
      return eq(objections.entityCode, scope.entityCode);
  }
}
