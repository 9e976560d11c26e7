import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { ExtractEvents } from 'tar-stream';
import tar from 'tar-stream';

type Entry = ExtractEvents['entry'][1];

import type { AppConfig } from '../config';
import { readMigrationTags } from '../db/backup/migration-journal';
import { loadPgliteCluster, pgliteClusterDir, pgliteClusterExists } from '../db/backup/pglite-backup';
import { isPostgresDatabaseEmpty, restorePostgres } from '../db/backup/postgres-backup';
import { acquireDataDirLock } from '../db/data-dir-lock';
import { openDatabase } from '../db/open-database';
import { DomainError } from '../errors';
import { filesDirectory } from '../files/store-file';
import {
  type BackupManifest,
  backupManifestSchema,
  manifestEntryName,
  pgliteEntryName,
  type ReportProgress,
  storedFileEntryPattern,
  tableEntryName,
} from './backup-manifest';

export interface RestoreOutcome {
  manifest: BackupManifest;
  files: number;
  /** Migrations newer than the backup, applied after loading it. */
  migrationsApplied: number;
}

/**
 * Restores a `patuh backup` file into an empty data directory / database (`force` replaces what is there).
 * A file from a newer schema than this version knows is refused before anything is touched; an older one is
 * loaded at its own level and then migrated, as at any start.
 */
export async function restoreBackup(
  config: Pick<AppConfig, 'database' | 'dataDir'>,
  file: string,
  options: { force: boolean },
  progress: ReportProgress,
): Promise<RestoreOutcome> {
  const extract = tar.extract();
  const reading = pipeline(createReadStream(file), createGunzip(), extract);
  reading.catch(() => undefined);
  const entries = extract[Symbol.asyncIterator]();
  const nextEntry = async (): Promise<Entry | undefined> => {
    const step = await entries.next();
    return step.done ? undefined : step.value;
  };
  try {
    const manifest = await readManifest(await nextEntry(), config.database.kind);
    const tags = await readMigrationTags();
    checkSchemaLevel(manifest, tags);
    let files: number;
    if (config.database.kind === 'postgres') {
      const url = config.database.migrationUrl ?? config.database.url;
      if (!options.force && !(await isPostgresDatabaseEmpty(url))) throw targetNotEmpty('database');
      await restorePostgres(
        url,
        { level: manifest.migrations.level, force: options.force, progress },
        async (target) => {
          for (const [index, table] of manifest.tables.entries()) {
            const entry = await expectEntry(await nextEntry(), tableEntryName(table.name));
            await target.copyTableFrom(table, entry);
            progress(`tabel / table ${index + 1}/${manifest.tables.length}: ${table.name}`);
          }
        },
      );
      files = await restoreFiles(config.dataDir, nextEntry, manifest.files, progress);
    } else {
      const release = acquireDataDirLock(config.dataDir);
      try {
        if (!options.force && (pgliteClusterExists(config.dataDir) || (await hasStoredFiles(config.dataDir))))
          throw targetNotEmpty('data directory');
        if (options.force) {
          progress('--force: basis data dan berkas lama dihapus / removing the existing database and files');
          await rm(pgliteClusterDir(config.dataDir), { recursive: true, force: true });
          await rm(filesDirectory(config.dataDir), { recursive: true, force: true });
        }
        const dump = await readWhole(await expectEntry(await nextEntry(), pgliteEntryName));
        await loadPgliteCluster(config.dataDir, dump);
        progress(`basis data / database: ${dump.length} B`);
        files = await restoreFiles(config.dataDir, nextEntry, manifest.files, progress);
      } finally {
        release();
      }
    }
    const connection = await openDatabase(config.database);
    try {
      const { applied } = await connection.migrate();
      return { manifest, files, migrationsApplied: applied };
    } finally {
      await connection.close();
    }
  } finally {
    extract.destroy();
  }
}

async function readManifest(
  entry: Entry | undefined,
  engine: BackupManifest['engine'],
): Promise<BackupManifest> {
  if (!entry || entry.header.name !== manifestEntryName) throw notABackup();
  let parsed: BackupManifest;
  try {
    parsed = backupManifestSchema.parse(
      JSON.parse((await readWhole(entry as AsyncIterable<Uint8Array>)).toString('utf8')),
    );
  } catch {
    throw notABackup();
  }
  if (parsed.engine !== engine)
    throw new DomainError('CONFLICT', {
      id: `Cadangan ini dari mesin ${parsed.engine}, sedangkan tujuan ${engine}.`,
      en: `This backup is from the ${parsed.engine} engine; the target is ${engine}.`,
    });
  return parsed;
}

function checkSchemaLevel(manifest: BackupManifest, tags: readonly string[]): void {
  const { level, lastTag } = manifest.migrations;
  if (level > tags.length)
    throw new DomainError('CONFLICT', {
      id: `Cadangan dari skema yang lebih baru (${level} migrasi, versi ${manifest.appVersion}); versi ini mengenal ${tags.length}. Pulihkan dengan versi Patuh yang sama atau lebih baru.`,
      en: `The backup is from a newer schema (${level} migrations, version ${manifest.appVersion}); this version knows ${tags.length}. Restore it with the same or a newer Patuh.`,
    });
  if (level > 0 && tags[level - 1] !== lastTag) throw notABackup();
}

async function restoreFiles(
  dataDir: string,
  nextEntry: () => Promise<Entry | undefined>,
  expected: number,
  progress: ReportProgress,
): Promise<number> {
  const directory = filesDirectory(dataDir);
  await mkdir(directory, { recursive: true });
  let count = 0;
  for (let entry = await nextEntry(); entry; entry = await nextEntry()) {
    const sha256 = storedFileEntryPattern.exec(entry.header.name)?.[1];
    if (!sha256) throw notABackup();
    const partial = path.join(directory, `${sha256}.restore.part`);
    const hash = createHash('sha256');
    const tap = new PassThrough();
    tap.on('data', (chunk: Buffer) => hash.update(chunk));
    await pipeline(entry as AsyncIterable<Uint8Array>, tap, createWriteStream(partial));
    if (hash.digest('hex') !== sha256) {
      await rm(partial, { force: true });
      throw notABackup();
    }
    await rename(partial, path.join(directory, sha256));
    count += 1;
    if (count % 100 === 0 || count === expected) progress(`berkas / files ${count}/${expected}`);
  }
  if (count !== expected) throw notABackup();
  return count;
}

async function hasStoredFiles(dataDir: string): Promise<boolean> {
  const names = await readdir(filesDirectory(dataDir)).catch(() => [] as string[]);
  return names.some((name) => /^[0-9a-f]{64}$/.test(name));
}

/** The named entry's bytes (tar-stream's entries are async iterables of chunks). */
async function expectEntry(entry: Entry | undefined, name: string): Promise<AsyncIterable<Uint8Array>> {
  if (!entry || entry.header.name !== name) throw notABackup();
  return entry as unknown as AsyncIterable<Uint8Array>;
}

async function readWhole(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function targetNotEmpty(what: 'database' | 'data directory'): DomainError {
  return new DomainError('CONFLICT', {
    id: `Tujuan pemulihan tidak kosong (${what === 'database' ? 'basis data' : 'direktori data'}); gunakan --force untuk menimpanya.`,
    en: `The restore target is not empty (${what}); use --force to replace it.`,
  });
}

function notABackup(): DomainError {
  return new DomainError('VALIDATION_FAILED', {
    id: 'Berkas ini bukan cadangan Patuh yang utuh.',
    en: 'This file is not a complete Patuh backup.',
  });
}
