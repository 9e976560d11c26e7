import type { Command } from 'commander';
import { loadConfig } from '../../server/config';
import { webBuildDir } from '../../server/project-paths';
import { startServer, stopOnSignals } from '../../server/start-server';
import { ensureWebBuild } from '../../server/web-build';
import { runCommand } from '../run-command';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Jalankan platform (membangun web bila perlu, migrasi, layani) / run the platform')
    .option('--no-build', 'do not rebuild the web app when its sources changed')
    .action((options: { build: boolean }) =>
      runCommand(async () => {
        const config = loadConfig();
        if (options.build) await ensureWebBuild((message) => console.log(message));
        const server = await startServer(config, { webRoot: webBuildDir });
        // Before announcing readiness: whoever waits for that line may signal at once.
        stopOnSignals(server);
        const { applied, total } = server.migrations;
        console.log(
          `Basis data / database: ${config.database.kind}; migrasi / migrations: ${applied} baru / new, ${total} total`,
        );
        console.log(`Patuh berjalan di / is running at http://localhost:${config.port}`);
      }),
    );
}
