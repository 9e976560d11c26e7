import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite, type Transaction as PgliteTransaction } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './database';

/** A value COPY can carry: objects are written as JSON (jsonb columns), dates as ISO instants. */
export type CopyValue = string | number | boolean | null | Date | Record<string, unknown>;

/** Rows handed to COPY in one go at most: bounds the text held in memory on PGlite (one blob per chunk). */
const rowsPerChunk = 10_000;

/** One transaction in which whole tables are loaded with COPY … FROM; nothing is visible until it commits. */
export interface CopySession {
  copy(table: string, columns: readonly string[], rows: readonly (readonly CopyValue[])[]): Promise<void>;
}

/**
 * Runs `work` in one transaction whose `copy` streams rows with COPY: on PostgreSQL through pg-copy-streams
 * (COPY FROM STDIN on a dedicated pool client), on PGlite as COPY FROM '/dev/blob'. Both skip per-row
 * parameter binding, which is what makes a national load take seconds instead of minutes.
 */
export async function withCopySession<T>(
  db: Database,
  work: (session: CopySession) => Promise<T>,
): Promise<T> {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof pg.Pool) return withPostgresCopy(client, work);
  if (client instanceof PGlite) return client.transaction((tx) => work(pgliteSession(tx)));
  throw new Error('COPY needs a PostgreSQL pool or a PGlite client');
}

async function withPostgresCopy<T>(pool: pg.Pool, work: (session: CopySession) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work({
      async copy(table, columns, rows) {
        if (rows.length === 0) return;
        const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
        await pipeline(Readable.from(chunksOf(rows)), stream);
      },
    });
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function pgliteSession(tx: PgliteTransaction): CopySession {
  return {
    async copy(table, columns, rows) {
      for (const chunk of chunksOf(rows))
        await tx.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob'`, [], {
          blob: new Blob([chunk]),
        });
    },
  };
}

/** COPY text format, `rowsPerChunk` rows per string. */
function* chunksOf(rows: readonly (readonly CopyValue[])[]): Generator<string> {
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    let text = '';
    for (const row of rows.slice(start, start + rowsPerChunk)) text += `${row.map(encodeValue).join('\t')}\n`;
    yield text;
  }
}

function encodeValue(value: CopyValue): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return escapeText(JSON.stringify(value));
  if (typeof value === 'string') return escapeText(value);
  return String(value);
}

/** Backslash, tab, newline and carriage return are the characters COPY's text format escapes. */
function escapeText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (character) =>
    character === '\\' ? '\\\\' : character === '\t' ? '\\t' : character === '\n' ? '\\n' : '\\r',
  );
}
