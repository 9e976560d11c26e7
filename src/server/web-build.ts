import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot, webBuildDir } from './project-paths';
import { prerenderPublicPages } from './web-prerender/prerender-public-pages';

/** Everything the web bundle is built from: a change to any of it makes the build stale. */
const buildInputs = [
  'src/web',
  'src/contracts',
  'src/core',
  'src/server/web-prerender',
  'vite.config.ts',
  'postcss.config.cjs',
  'package-lock.json',
];
const hashFileName = '.source-hash';

export async function ensureWebBuild(report: (message: string) => void): Promise<'fresh' | 'built'> {
  const sourceHash = hashBuildInputs();
  const hashFile = path.join(webBuildDir, hashFileName);
  const builtHash = fs.existsSync(hashFile) ? fs.readFileSync(hashFile, 'utf8') : undefined;
  if (builtHash === sourceHash && fs.existsSync(path.join(webBuildDir, 'index.html'))) return 'fresh';
  report('Membangun aplikasi web… / Building the web app…');
  await runViteBuild();
  // The public pages' first paint, rendered into their HTML (src/server/web-prerender).
  await prerenderPublicPages({ webDir: webBuildDir, bundleDir: path.join(projectRoot, 'dist/prerender') });
  fs.writeFileSync(hashFile, sourceHash);
  return 'built';
}

/** A fingerprint of every build input under `root`: any added, removed, renamed or edited file changes it. */
export function hashBuildInputs(root: string = projectRoot): string {
  const hash = createHash('sha256');
  for (const file of buildInputs.flatMap((input) => listFiles(path.join(root, input)))) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.join(dirent.parentPath, dirent.name))
    .sort();
}

function runViteBuild(): Promise<void> {
  const viteBin = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin/vite.js',
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
      cwd: projectRoot,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build gagal / failed (exit ${code ?? 'signal'})`)),
    );
  });
}
