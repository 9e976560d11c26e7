import type { Command } from 'commander';
import { ensureWebBuild } from '../../server/web-build';
import { runCommand } from '../run-command';

export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description('Bangun aplikasi web bila sumbernya berubah / build the web app when its sources changed')
    .action(() =>
      runCommand(async () => {
        const outcome = await ensureWebBuild((message) => console.log(message));
        console.log(
          outcome === 'fresh' ? 'Aplikasi web sudah mutakhir / Web app is up to date' : 'Selesai / Done',
        );
      }),
    );
}
