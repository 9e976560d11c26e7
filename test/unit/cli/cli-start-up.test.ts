import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../../src/cli/build-program';

const cliPath = fileURLToPath(new URL('../../../bin/patuh.js', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function runCli(args: string[]): { stdout: string; status: number | null } {
  const run = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { stdout: run.stdout, status: run.status };
}

// The figures (start-up time) live in `npm run bench`; this proves the fast answers are the right ones.
describe('patuh --version and --help without loading the commands', () => {
  it('prints the package version for --version and -v', () => {
    for (const flag of ['--version', '-v'])
      expect(runCli([flag])).toEqual({ stdout: `${packageJson.version}\n`, status: 0 });
  });

  it('prints exactly the help of the full command tree (bin/patuh-help.txt is current)', () => {
    // Regenerate after changing a command: tsx -e "import('./src/cli/build-program.ts').then(m=>process.stdout.write(m.buildProgram().helpInformation()))" > bin/patuh-help.txt
    const expected = buildProgram()
      .configureOutput({ getOutHelpWidth: () => 80 })
      .helpInformation();
    for (const flag of ['--help', '-h']) expect(runCli([flag])).toEqual({ stdout: expected, status: 0 });
    expect(expected).toContain('backup [options]');
  });
});
