import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** The handle repositories receive: the same Drizzle API on PGlite and on PostgreSQL. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface MigrationResult {
  /** Migrations this call applied (0 when the schema was already current). */
  applied: number;
  /** Migrations recorded in the database after the call. */
  total: number;
}

export interface DatabaseConnection {
  db: Database;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<MigrationResult>;
  close(): Promise<void>;
  /**
   * Embedded data folder only: closes the database but keeps the folder's lock, so that a child process can
   * work on it meanwhile; returns the lock's release, for `openDatabase(…, { dataDirLock: { release } })`.
   */
  closeKeepingLock?(): Promise<() => void>;
}

/** The handle inside `db.transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Repositories take either, so use-cases decide the transaction boundary. */
export type Queryable = Database | Transaction;
