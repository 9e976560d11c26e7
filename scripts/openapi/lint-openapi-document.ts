import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/server/project-paths';
import type { OpenApiDocument } from './build-openapi-document';

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

export interface LintReport {
  errors: number;
  warnings: number;
  problems: LintProblem[];
}

/**
 * Runs Redocly CLI's `lint` (rules in redocly.yaml) on the document. Offline and without usage reports:
 * telemetry is off in redocly.yaml and here, and the update notice is suppressed.
 */
export function lintOpenApiDocument(document: OpenApiDocument): LintReport {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-openapi-lint-'));
  try {
    const file = path.join(folder, 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(document, null, 2));
    const redocly = path.join(projectRoot, 'node_modules/.bin/redocly');
    const config = path.join(projectRoot, 'redocly.yaml');
    const run = spawnSync(
      redocly,
      ['lint', file, `--config=${config}`, '--format=json', '--max-problems=100000'],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    const start = run.stdout.indexOf('{');
    if (start < 0) throw new Error(`redocly lint printed no report (exit ${run.status}): ${run.stderr}`);
    const report = JSON.parse(run.stdout.slice(start)) as {
      totals: { errors: number; warnings: number };
      problems: LintProblem[];
    };
    return { errors: report.totals.errors, warnings: report.totals.warnings, problems: report.problems };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
