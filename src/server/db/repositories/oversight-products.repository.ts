import { and, asc, eq, inArray, lte, type SQL } from 'drizzle-orm';
import {
  type FollowUpStatusAtCutOff,
  followUpStatusAtCutOff,
} from '../../../core/oversight/oversight-follow-up-status';
import type { Queryable } from '../database';
import { entities } from '../schema/entities';
import {
  type OversightProductConfirmationRow,
  type OversightProductRow,
  oversightProductConfirmations,
  oversightProductFiles,
  oversightProducts,
} from '../schema/oversight-products';
import { storedFiles } from '../schema/stored-files';

export type { OversightProductConfirmationRow, OversightProductRow };

export interface OversightFileView {
  productId: string;
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export async function listOversightProducts(db: Queryable, entityId: string): Promise<OversightProductRow[]> {
  return db
    .select()
    .from(oversightProducts)
    .where(eq(oversightProducts.entityId, entityId))
    .orderBy(asc(oversightProducts.issuedOn), asc(oversightProducts.kind), asc(oversightProducts.number));
}

export async function findOversightProduct(
  db: Queryable,
  entityId: string,
  productId: string,
): Promise<OversightProductRow | undefined> {
  const [row] = await db
    .select()
    .from(oversightProducts)
    .where(and(eq(oversightProducts.entityId, entityId), eq(oversightProducts.id, productId)));
  return row;
}

export async function findOversightProductByNumber(
  db: Queryable,
  entityId: string,
  kind: OversightProductRow['kind'],
  number: string,
): Promise<OversightProductRow | undefined> {
  const [row] = await db
    .select()
    .from(oversightProducts)
    .where(
      and(
        eq(oversightProducts.entityId, entityId),
        eq(oversightProducts.kind, kind),
        eq(oversightProducts.number, number),
      ),
    );
  return row;
}

export async function insertOversightProduct(
  db: Queryable,
  values: typeof oversightProducts.$inferInsert,
): Promise<OversightProductRow> {
  const [row] = await db.insert(oversightProducts).values(values).returning();
  if (!row) throw new Error('oversight product insert returned no row');
  return row;
}

/** Updates only when the stored version is `expectedVersion`; undefined when it is not (a stale edit). */
export async function updateOversightProduct(
  db: Queryable,
  productId: string,
  expectedVersion: number,
  values: Partial<typeof oversightProducts.$inferInsert>,
  now: Date,
): Promise<OversightProductRow | undefined> {
  const [row] = await db
    .update(oversightProducts)
    .set({ ...values, version: expectedVersion + 1, updatedAt: now })
    .where(and(eq(oversightProducts.id, productId), eq(oversightProducts.version, expectedVersion)))
    .returning();
  return row;
}

export async function addOversightConfirmation(
  db: Queryable,
  values: typeof oversightProductConfirmations.$inferInsert,
): Promise<void> {
  await db.insert(oversightProductConfirmations).values(values);
}

/** Confirmations oldest first (by date, then by the instant recorded). */
export async function listOversightConfirmations(
  db: Queryable,
  productIds: readonly string[],
  onOrBefore?: string,
): Promise<OversightProductConfirmationRow[]> {
  if (productIds.length === 0) return [];
  const conditions: SQL[] = [inArray(oversightProductConfirmations.productId, [...productIds])];
  if (onOrBefore) conditions.push(lte(oversightProductConfirmations.confirmedOn, onOrBefore));
  return db
    .select()
    .from(oversightProductConfirmations)
    .where(and(...conditions))
    .orderBy(asc(oversightProductConfirmations.confirmedOn), asc(oversightProductConfirmations.confirmedAt));
}

export async function listOversightFiles(
  db: Queryable,
  productIds: readonly string[],
): Promise<OversightFileView[]> {
  if (productIds.length === 0) return [];
  return db
    .select({
      productId: oversightProductFiles.productId,
      sha256: oversightProductFiles.fileSha256,
      fileName: oversightProductFiles.fileName,
      mediaType: storedFiles.mediaType,
      sizeBytes: storedFiles.sizeBytes,
    })
    .from(oversightProductFiles)
    .innerJoin(storedFiles, eq(storedFiles.sha256, oversightProductFiles.fileSha256))
    .where(inArray(oversightProductFiles.productId, [...productIds]))
    .orderBy(asc(oversightProductFiles.createdAt));
}

/** True when the file was newly attached (the same content twice is one attachment). */
export async function addOversightFile(
  db: Queryable,
  values: typeof oversightProductFiles.$inferInsert,
): Promise<boolean> {
  const rows = await db
    .insert(oversightProductFiles)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: oversightProductFiles.id });
  return rows.length > 0;
}

export interface OversightExportScope {
  /** Null: every entity (admins). */
  provinceCodes: readonly string[] | null;
  entityCode?: string | null;
}

/** Products with their entity code, for the export; the follow-up date is the latest confirmation's. */
export async function listOversightExportRows(
  db: Queryable,
  scope: OversightExportScope,
): Promise<{ entityCode: string; product: OversightProductRow; confirmedOn: string | null }[]> {
  const conditions: SQL[] = [];
  if (scope.provinceCodes) {
    if (scope.provinceCodes.length === 0) return [];
    conditions.push(inArray(oversightProducts.provinceCode, [...scope.provinceCodes]));
  }
  if (scope.entityCode) conditions.push(eq(entities.code, scope.entityCode));
  const rows = await db
    .select({ entityCode: entities.code, product: oversightProducts })
    .from(oversightProducts)
    .innerJoin(entities, eq(entities.id, oversightProducts.entityId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(entities.code), asc(oversightProducts.issuedOn), asc(oversightProducts.number));
  const latest = new Map<string, string>();
  for (const confirmation of await listOversightConfirmations(
    db,
    rows.map((row) => row.product.id),
  ))
    latest.set(confirmation.productId, confirmation.confirmedOn);
  return rows.map((row) => ({ ...row, confirmedOn: latest.get(row.product.id) ?? null }));
}

/**
 * Each entity's follow-up status at the end of `cutOff` (see `followUpStatusAtCutOff`): only products issued
 * and confirmations made on or before that date are read. Entities without products answer `none`.
 */
export async function loadFollowUpStatusesAtCutOff(
  db: Queryable,
  entityIds: readonly string[],
  cutOff: string,
): Promise<Map<string, FollowUpStatusAtCutOff>> {
  const result = new Map<string, FollowUpStatusAtCutOff>();
  if (entityIds.length === 0) return result;
  const products = await db
    .select({
      id: oversightProducts.id,
      entityId: oversightProducts.entityId,
      issuedOn: oversightProducts.issuedOn,
    })
    .from(oversightProducts)
    .where(and(inArray(oversightProducts.entityId, [...entityIds]), lte(oversightProducts.issuedOn, cutOff)))
    .orderBy(asc(oversightProducts.issuedOn), asc(oversightProducts.number));
  const confirmations = await listOversightConfirmations(
    db,
    products.map((product) => product.id),
    cutOff,
  );
  const byProduct = new Map<string, OversightProductConfirmationRow[]>();
  for (const confirmation of confirmations) {
    const list = byProduct.get(confirmation.productId) ?? [];
    list.push(confirmation);
    byProduct.set(confirmation.productId, list);
  }
  for (const entityId of entityIds) {
    const own = products
      .filter((product) => product.entityId === entityId)
      .map((product) => ({
        id: product.id,
        issuedOn: product.issuedOn,
        confirmations: byProduct.get(product.id) ?? [],
      }));
    result.set(entityId, followUpStatusAtCutOff(own, cutOff));
  }
  return result;
}

export async function loadFollowUpStatusAtCutOff(
  db: Queryable,
  entityId: string,
  cutOff: string,
): Promise<FollowUpStatusAtCutOff> {
  const status = (await loadFollowUpStatusesAtCutOff(db, [entityId], cutOff)).get(entityId);
  if (!status) throw new Error('follow-up status missing for a requested entity');
  return status;
}

/**
 * Whether the register holds any product issued on or before `cutOff` (any entity): a historical year the
 * register says nothing about keeps its published piagam outcome (documents/decide-piagam.ts).
 */
export async function hasOversightProductIssuedBy(db: Queryable, cutOff: string): Promise<boolean> {
  const [row] = await db
    .select({ id: oversightProducts.id })
    .from(oversightProducts)
    .where(lte(oversightProducts.issuedOn, cutOff))
    .limit(1);
  return row !== undefined;
}
