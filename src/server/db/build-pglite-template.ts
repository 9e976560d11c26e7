import fs from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from './open-database';
import {
  defaultPgliteTemplateDir,
  isPgliteTemplateFresh,
  pgliteTemplateKey,
  templateClusterName,
  writePgliteTemplateKey,
} from './pglite-template';

/**
 * Makes the migrated empty cluster that new embedded data folders start from (pglite-template.ts), unless the
 * one in `templateDir` is already made for these migrations. Built beside the old one and renamed into place
 * complete (the key is written last), so a half-made template is never taken for a fresh one.
 */
export async function ensurePgliteTemplate(
  templateDir: string = defaultPgliteTemplateDir,
): Promise<'fresh' | 'built'> {
  const key = pgliteTemplateKey();
  if (isPgliteTemplateFresh(templateDir, key)) return 'fresh';
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'patuh-pglite-template-'));
  const partialDir = `${templateDir}.creating-${process.pid}`;
  try {
    // A data folder of its own, so the template is made exactly as a first start makes a cluster (initdb in a
    // child) and migrated by the same migrator; the template argument names no template, forcing initdb.
    const database = await openDatabase({ kind: 'pglite', dataDir: workDir }, { pgliteTemplateDir: workDir });
    try {
      await database.migrate();
    } finally {
      // A clean shutdown: the copied cluster opens without recovery.
      await database.close();
    }
    fs.rmSync(partialDir, { recursive: true, force: true });
    fs.mkdirSync(partialDir, { recursive: true });
    fs.cpSync(path.join(workDir, 'pglite'), path.join(partialDir, templateClusterName), { recursive: true });
    writePgliteTemplateKey(partialDir, key);
    fs.rmSync(templateDir, { recursive: true, force: true });
    fs.renameSync(partialDir, templateDir);
    return 'built';
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
    fs.rmSync(partialDir, { recursive: true, force: true });
  }
}
