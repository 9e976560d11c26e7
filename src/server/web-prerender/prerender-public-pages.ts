import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../project-paths';

const viteBin = () =>
  path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');

/**
 * The build step after `vite build`: a Node build of the app's render (src/web/prerender), then the public
 * pages' HTML written into the web build by a child process (write-prerendered-pages.ts).
 */
export async function prerenderPublicPages(options: { webDir: string; bundleDir: string }): Promise<void> {
  await run('vite build (ssr)', [
    viteBin(),
    'build',
    '--config',
    path.join(projectRoot, 'src/web/prerender/prerender.vite-config.ts'),
    '--outDir',
    options.bundleDir,
    '--logLevel',
    'warn',
  ]);
  await run('write-prerendered-pages', [
    '--import',
    'tsx',
    fileURLToPath(new URL('./write-prerendered-pages.ts', import.meta.url)),
    options.webDir,
    path.join(options.bundleDir, 'render-page.js'),
  ]);
}

function run(step: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`prerender gagal / failed: ${step} (exit ${code ?? 'signal'})`)),
    );
  });
}
