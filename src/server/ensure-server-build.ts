import { ensureServerBundle } from './build-server-bundle';
import { ensurePgliteTemplate } from './db/build-pglite-template';
import { ensureDemoTemplate } from './demo/build-demo-template';

export interface ServerBuildOptions {
  /** Also make the migrated embedded-database template (only useful to installs on PGlite). */
  pgliteTemplate: boolean;
}

/**
 * The server's own build step, after the web app's: the server bundle `patuh serve` starts from and the migrated
 * cluster a new embedded data folder is copied from. Each is remade only when its sources changed.
 */
export async function ensureServerBuild(
  report: (message: string) => void,
  options: ServerBuildOptions,
): Promise<'fresh' | 'built'> {
  const bundle = await ensureServerBundle();
  if (bundle === 'built') report('Server dibundel / server bundled (dist/server)');
  const template = options.pgliteTemplate ? await ensurePgliteTemplate() : 'fresh';
  if (template === 'built')
    report('Templat basis data dibuat / database template made (dist/pglite-template)');
  // After both: it is keyed by the bundle and copied from the plain template.
  const demoTemplate = options.pgliteTemplate ? await ensureDemoTemplate() : 'fresh';
  if (demoTemplate === 'built')
    report('Templat data demo dibuat / demo data template made (dist/pglite-demo-template)');
  return bundle === 'fresh' && template === 'fresh' && demoTemplate !== 'built' ? 'fresh' : 'built';
}
