import fs from 'node:fs';
import path from 'node:path';
import { buildTemplateFolder } from './build-template-folder';
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
 * one in `templateDir` is already made for these migrations.
 */
export async function ensurePgliteTemplate(
  templateDir: string = defaultPgliteTemplateDir,
): Promise<'fresh' | 'built'> {
  const key = pgliteTemplateKey();
  if (isPgliteTemplateFresh(templateDir, key)) return 'fresh';
  await buildTemplateFolder(templateDir, {
    workPrefix: 'patuh-pglite-template-',
    // A data folder of its own, so the template is made exactly as a first start makes a cluster (initdb in a
    // child) and migrated by the same migrator; the template argument names no template, forcing initdb.
    make: async (workDir) => {
      const database = await openDatabase(
        { kind: 'pglite', dataDir: workDir },
        { pgliteTemplateDir: workDir },
      );
      try {
        await database.migrate();
      } finally {
        // A clean shutdown: the copied cluster opens without recovery.
        await database.close();
      }
    },
    copyInto: (workDir, partialDir) => {
      fs.cpSync(path.join(workDir, 'pglite'), path.join(partialDir, templateClusterName), {
        recursive: true,
      });
      writePgliteTemplateKey(partialDir, key);
    },
  });
  return 'built';
}
