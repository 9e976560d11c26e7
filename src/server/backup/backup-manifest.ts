import { z } from 'zod';

/**
 * A Patuh backup is one gzip-compressed tar archive (docs/operations.md, "Backups"). Its first entry is this
 * manifest; then the database (`database/…`), then every stored upload (`files/<sha256>`).
 */
export const manifestEntryName = 'patuh-backup.json';
export const backupFormatVersion = 1;

/** The PGlite cluster, as PGlite's own `dumpDataDir('gzip')` writes it. */
export const pgliteEntryName = 'database/pglite-data-dir.tar.gz';

/** One table of a PostgreSQL backup: `COPY … TO STDOUT` text format, columns in the listed order. */
export function tableEntryName(table: string): string {
  return `database/tables/${table}.copy`;
}

/** A stored file keeps its content address; restore checks the bytes against it. */
export const storedFileEntryPattern = /^files\/([0-9a-f]{64})$/;

const tableSchema = z.object({ name: z.string().regex(/^[a-z_][a-z0-9_]*$/), columns: z.array(z.string()) });

export const backupManifestSchema = z.object({
  format: z.literal('patuh-backup'),
  formatVersion: z.literal(backupFormatVersion),
  engine: z.enum(['pglite', 'postgres']),
  /** Migrations applied to the database when it was saved, and the last one's tag (…/migrations/meta). */
  migrations: z.object({ level: z.number().int().min(0), lastTag: z.string().nullable() }),
  appVersion: z.string(),
  createdAt: z.string(),
  /** PostgreSQL only: the tables in load order (a table after every table it references). */
  tables: z.array(tableSchema),
  files: z.number().int().min(0),
});

export type BackupManifest = z.infer<typeof backupManifestSchema>;
export type BackupTable = z.infer<typeof tableSchema>;

/** Progress lines for long work; the CLI prints them to stderr. */
export type ReportProgress = (message: string) => void;
