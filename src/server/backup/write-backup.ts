import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import type { AppConfig } from '../config';
import { readMigrationTags } from '../db/backup/migration-journal';
import { dumpPgliteCluster, pgliteClusterExists } from '../db/backup/pglite-backup';
import { withPostgresSnapshot } from '../db/backup/postgres-backup';
import { openDatabase } from '../db/open-database';
import { DomainError } from '../errors';
import { filesDirectory } from '../files/store-file';
import { packageVersion } from '../package-info';
import {
  type BackupManifest,
  backupFormatVersion,
  manifestEntryName,
  pgliteEntryName,
  type ReportProgress,
  tableEntryName,
} from './backup-manifest';

export interface BackupOutcome {
  manifest: BackupManifest;
  sizeBytes: number;
}

/**
 * Writes a backup of the database and the stored uploads to `outFile` (written beside it, then renamed, so a
 * half-written backup never carries the final name). PGlite: the server must be stopped (the data-dir lock
 * refuses otherwise); PostgreSQL: the app keeps serving, the tables are read from one snapshot.
 */
export async function writeBackup(
  config: Pick<AppConfig, 'database' | 'dataDir'>,
  outFile: string,
  progress: ReportProgress,
  now: Date,
): Promise<BackupOutcome> {
  const files = await listStoredFiles(config.dataDir);
  const tags = await readMigrationTags();
  const manifestOf = (level: number, tables: BackupManifest['tables']): BackupManifest => ({
    format: 'patuh-backup',
    formatVersion: backupFormatVersion,
    engine: config.database.kind,
    migrations: { level, lastTag: tags[level - 1] ?? null },
    appVersion: packageVersion,
    createdAt: now.toISOString(),
    tables,
    files: files.length,
  });
  const partial = `${outFile}.${process.pid}.part`;
  const archive = tar.pack();
  const written = pipeline(archive, createGzip(), createWriteStream(partial, { mode: 0o600 }));
  written.catch(() => undefined);
  const addEntry = async (name: string, size: number, source: NodeJS.ReadableStream): Promise<void> => {
    const entry = archive.entry({ name, size, mode: 0o600 });
    await pipeline(source, entry);
  };
  const addBuffer = (name: string, bytes: Buffer): Promise<void> =>
    new Promise((resolve, reject) =>
      archive.entry({ name, mode: 0o600 }, bytes, (error) => (error ? reject(error) : resolve())),
    );
  try {
    let manifest: BackupManifest;
    if (config.database.kind === 'postgres') {
      manifest = await withPostgresSnapshot(config.database.url, async (snapshot) => {
        const described = manifestOf(snapshot.level, snapshot.tables);
        await addBuffer(manifestEntryName, Buffer.from(JSON.stringify(described, null, 2)));
        const scratch = await mkdtemp(path.join(os.tmpdir(), 'patuh-backup-'));
        try {
          for (const [index, table] of snapshot.tables.entries()) {
            const file = path.join(scratch, 'table.copy');
            await snapshot.copyTableToFile(table, file);
            const { size } = await stat(file);
            await addEntry(tableEntryName(table.name), size, createReadStream(file));
            progress(`tabel / table ${index + 1}/${snapshot.tables.length}: ${table.name} (${size} B)`);
          }
        } finally {
          await rm(scratch, { recursive: true, force: true });
        }
        return described;
      });
    } else {
      if (!pgliteClusterExists(config.dataDir)) throw noDatabaseToSave(config.dataDir);
      const connection = await openDatabase(config.database);
      try {
        const { level, dump } = await dumpPgliteCluster(connection);
        manifest = manifestOf(level, []);
        await addBuffer(manifestEntryName, Buffer.from(JSON.stringify(manifest, null, 2)));
        await addBuffer(pgliteEntryName, dump);
        progress(`basis data / database: ${dump.length} B`);
      } finally {
        await connection.close();
      }
    }
    for (const [index, file] of files.entries()) {
      await addEntry(`files/${file.name}`, file.size, createReadStream(file.path));
      if ((index + 1) % 100 === 0 || index + 1 === files.length)
        progress(`berkas / files ${index + 1}/${files.length}`);
    }
    archive.finalize();
    await written;
    await rename(partial, outFile);
    return { manifest, sizeBytes: (await stat(outFile)).size };
  } catch (error) {
    archive.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** Uploads kept by content address (`<dataDir>/files/<sha256>`); rendered documents are a cache, not saved. */
async function listStoredFiles(dataDir: string): Promise<{ name: string; path: string; size: number }[]> {
  const directory = filesDirectory(dataDir);
  const names = await readdir(directory).catch(() => [] as string[]);
  const files: { name: string; path: string; size: number }[] = [];
  for (const name of names.filter((candidate) => /^[0-9a-f]{64}$/.test(candidate)).sort()) {
    const filePath = path.join(directory, name);
    const info = await stat(filePath);
    if (info.isFile()) files.push({ name, path: filePath, size: info.size });
  }
  return files;
}

function noDatabaseToSave(dataDir: string): DomainError {
  return new DomainError('NOT_FOUND', {
    id: `Tidak ada basis data di ${dataDir}.`,
    en: `There is no database in ${dataDir}.`,
  });
}
