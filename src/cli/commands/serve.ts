import type { Command } from 'commander';
import { loadConfig } from '../../server/config';
import { demoPassword } from '../../server/demo/demo-users';
import { ensureServerBuild } from '../../server/ensure-server-build';
import { webBuildDir } from '../../server/project-paths';
import { startServer, stopOnSignals } from '../../server/start-server';
import { ensureWebBuild } from '../../server/web-build';
import { runCommand } from '../run-command';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Jalankan platform (membangun web bila perlu, migrasi, layani) / run the platform')
    .option('--no-build', 'do not rebuild the web app when its sources changed')
    .option('--demo', 'seed the demo accounts even on PostgreSQL')
    .action((options: { build: boolean; demo?: boolean }) =>
      runCommand(async () => {
        const config = loadConfig();
        if (options.build) {
          await ensureWebBuild((message) => console.log(message));
          // For the next start: this one already runs from the sources when the bundle was stale.
          await ensureServerBuild((message) => console.log(message), {
            pgliteTemplate: config.database.kind === 'pglite',
          });
        }
        const server = await startServer(config, { webRoot: webBuildDir, demo: options.demo ?? false });
        // Before announcing readiness: whoever waits for that line may signal at once.
        stopOnSignals(server);
        const { applied, total } = server.migrations;
        console.log(
          `Basis data / database: ${config.database.kind}; migrasi / migrations: ${applied} baru / new, ${total} total`,
        );
        if (server.seededDemoUsers.length > 0) {
          console.log(`Akun demo dibuat / demo accounts created (kata sandi / password: ${demoPassword}):`);
          for (const email of server.seededDemoUsers) console.log(`  ${email}`);
        }
        console.log(`Patuh berjalan di / is running at http://localhost:${config.port}`);
      }),
    );
}
