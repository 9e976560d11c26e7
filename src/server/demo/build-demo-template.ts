import fs from 'node:fs';
import path from 'node:path';
import { commandLineAuditContext } from '../audit/audit-context';
import { buildTemplateFolder } from '../db/build-template-folder';
import { openDatabase } from '../db/open-database';
import { readAppSetting } from '../db/repositories/app-settings.repository';
import { signingSecretSettingKey } from '../security/signing-secret';
import { syncReferenceData } from '../use-cases/sync-reference-data';
import {
  defaultDemoTemplateDir,
  demoTemplateClusterName,
  demoTemplateFilesName,
  demoTemplateKey,
  freshDemoTemplate,
  writeDemoTemplateKey,
} from './demo-template';
import { seedDemoTemplatePart } from './seed-demo';

/**
 * Makes the demo template (demo-template.ts) unless the one in `templateDir` is made for this build; 'skipped'
 * when the server bundle is stale (the key names it). Seeded in a data folder of its own, opened as a first
 * start opens one (from the plain template), and put in place by buildTemplateFolder. Run after the server
 * bundle and the plain template.
 */
export async function ensureDemoTemplate(
  templateDir: string = defaultDemoTemplateDir,
  key: string | null = demoTemplateKey(),
): Promise<'fresh' | 'built' | 'skipped'> {
  if (key === null) return 'skipped';
  if (freshDemoTemplate(templateDir, key)) return 'fresh';
  await buildTemplateFolder(templateDir, {
    workPrefix: 'patuh-demo-template-',
    make: async (workDir) => {
      const database = await openDatabase({ kind: 'pglite', dataDir: workDir });
      try {
        await database.migrate();
        await syncReferenceData(database.db, commandLineAuditContext);
        await seedDemoTemplatePart(database.db, workDir, commandLineAuditContext);
        // Every install makes its own signing secret (piagam codes, survey device tokens): never a shared one.
        if ((await readAppSetting(database.db, signingSecretSettingKey)) !== undefined)
          throw new Error('the demo template must not hold a signing secret');
      } finally {
        // A clean shutdown: the copied cluster opens without recovery.
        await database.close();
      }
    },
    copyInto: (workDir, partialDir) => {
      fs.cpSync(path.join(workDir, 'pglite'), path.join(partialDir, demoTemplateClusterName), {
        recursive: true,
      });
      const files = path.join(workDir, 'files');
      if (fs.existsSync(files))
        fs.cpSync(files, path.join(partialDir, demoTemplateFilesName), { recursive: true });
      writeDemoTemplateKey(partialDir, key);
    },
  });
  return 'built';
}
