import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  fileStamp,
  freshServerBundle,
  serverBundleDirName,
  serverBundleEntryName,
  serverBundleFormat,
  serverBundleManifestName,
} from '../../bin/server-bundle.js';
import { projectRoot } from './project-paths';

/** The slice of esbuild's API used here (esbuild is tsx's own compiler, reached through tsx: see below). */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ metafile: { inputs: Record<string, unknown> } }>;
}
interface EsbuildPluginBuild {
  onLoad(
    options: { filter: RegExp },
    callback: (args: { path: string }) => Promise<{ contents: string; loader: string } | undefined>,
  ): void;
}

/**
 * The CLI and server as one ES module (dist/server/main.mjs) with the npm packages left as imports, run by
 * bin/patuh.js for `patuh serve` while its manifest matches the sources (bin/server-bundle.js): no TypeScript
 * loader thread and no per-module transform at start (docs/decisions/012). Rebuilt when any input changed.
 */
export async function ensureServerBundle(root: string = projectRoot): Promise<'fresh' | 'built'> {
  if (freshServerBundle(root) !== null) return 'fresh';
  const bundleDir = path.join(root, serverBundleDirName);
  // Per process: two builds at once (two terminals, CI steps) never write into one folder.
  const partialDir = `${bundleDir}.creating-${process.pid}`;
  fs.rmSync(partialDir, { recursive: true, force: true });
  const result = await esbuildOf(root).build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts' },
    outExtension: { '.js': '.mjs' },
    outdir: partialDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
    plugins: [sourceLocatedImportMetaUrl(bundleDir)],
  });
  const inputs = [...Object.keys(result.metafile.inputs), 'tsconfig.json'].map((file) => {
    const stamp = fileStamp(path.join(root, file));
    if (stamp === null) throw new Error(`bundle input missing: ${file}`);
    return [file, ...stamp];
  });
  const manifest = { format: serverBundleFormat, entry: serverBundleEntryName, inputs };
  fs.writeFileSync(path.join(partialDir, serverBundleManifestName), JSON.stringify(manifest));
  fs.rmSync(bundleDir, { recursive: true, force: true });
  fs.renameSync(partialDir, bundleDir);
  return 'built';
}

/**
 * Modules find their neighbours (migrations, worker scripts, methodologies, dist/web) from their own
 * `import.meta.url`; in the bundle that would be the bundle's. Each module's `import.meta.url` is rewritten to
 * its source file's URL, relative to the bundle, so the tree can still be moved or copied as a whole.
 */
function sourceLocatedImportMetaUrl(bundleDir: string) {
  return {
    name: 'source-located-import-meta-url',
    setup(build: EsbuildPluginBuild) {
      build.onLoad({ filter: /\.(ts|tsx|mts)$/ }, async (args) => {
        const text = await fs.promises.readFile(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const fromBundle = path.relative(bundleDir, args.path).split(path.sep).join('/');
        const sourceUrl = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
        return {
          contents: text.replaceAll('import.meta.url', sourceUrl),
          loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts',
        };
      });
    },
  };
}

/**
 * esbuild is what tsx compiles with, so every install that can run Patuh has it; it is resolved from tsx's own
 * folder, where npm puts the release tsx was tested with.
 */
function esbuildOf(root: string): Esbuild {
  const fromProject = createRequire(path.join(root, 'package.json'));
  return createRequire(fromProject.resolve('tsx/package.json'))('esbuild') as Esbuild;
}
