import type { Command } from 'commander';
import { ensureServerBuild } from '../../server/ensure-server-build';
import { ensureWebBuild } from '../../server/web-build';
import { runCommand } from '../run-command';

export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description(
      'Bangun aplikasi web dan server bila sumbernya berubah / build the web app and server when their sources changed',
    )
    .action(() =>
      runCommand(async () => {
        const report = (message: string) => console.log(message);
        const web = await ensureWebBuild(report);
        const server = await ensureServerBuild(report, { pgliteTemplate: true });
        console.log(
          web === 'fresh' && server === 'fresh'
            ? 'Aplikasi web dan server sudah mutakhir / Web app and server are up to date'
            : 'Selesai / Done',
        );
      }),
    );
}
