import type { Command } from 'commander';
import { countProvenance, formatMethodologyRef, listProvenance, methodologyJsonSchema } from '../../core';
import { loadMethodologyCatalog } from '../../server/methodologies/load-methodology-catalog';
import { readMethodologyFile } from '../../server/methodologies/read-methodology-file';
import {
  formatUserError,
  loadEdition,
  printJson,
  printLines,
  runScoringCommand,
} from './methodology-command-support';

export function registerMethodologyCommand(program: Command): void {
  const methodology = program
    .command('methodology')
    .description('Edisi metodologi penilaian / assessment methodology editions');

  methodology
    .command('list')
    .description('Daftar edisi yang tersedia / list the available editions')
    .option('--json', 'keluaran JSON / JSON output')
    .action((options: { json?: boolean }) =>
      runScoringCommand(async () => {
        const catalog = await loadMethodologyCatalog();
        const summaries = catalog.editions.map((entry) => ({
          ref: entry.ref,
          id: entry.methodology.id,
          version: entry.methodology.version,
          status: entry.methodology.status,
          supersededBy: entry.methodology.supersededBy?.ref ?? null,
          title: entry.methodology.title,
          sha256: entry.sha256,
          provenance: countProvenance(entry.methodology),
        }));
        for (const invalid of catalog.invalid) {
          process.stderr.write(
            formatUserError(
              {
                id: `edisi tidak valid diabaikan: ${invalid.path}`,
                en: `invalid edition skipped: ${invalid.path}`,
              },
              invalid.issues,
            ),
          );
        }
        if (options.json) return printJson(summaries);
        printLines(
          summaries.map(
            (summary) =>
              `${summary.ref.padEnd(34)} ${summary.status.padEnd(8)} ${summary.sha256.slice(0, 12)}  ${summary.title.id}` +
              (summary.supersededBy ? `  (diganti oleh / superseded by ${summary.supersededBy})` : '') +
              `  [terkonfirmasi/confirmed ${summary.provenance.confirmed}, disimpulkan/inferred ${summary.provenance.inferred}, diasumsikan/assumed ${summary.provenance.assumed}]`,
          ),
        );
      }),
    );

  methodology
    .command('validate <file>')
    .description('Periksa berkas methodology.json / validate a methodology.json file')
    .option('--json', 'keluaran JSON / JSON output')
    .action((file: string, options: { json?: boolean }) =>
      runScoringCommand(async () => {
        const result = await readMethodologyFile(file);
        if (options.json) {
          printJson(
            result.ok
              ? {
                  valid: true,
                  ref: formatMethodologyRef(result.methodology),
                  sha256: result.sha256,
                  issues: [],
                }
              : { valid: false, issues: result.issues },
          );
        } else if (result.ok) {
          const supersededBy = result.methodology.supersededBy;
          printLines([
            `Valid: ${formatMethodologyRef(result.methodology)}  sha256 ${result.sha256}`,
            ...(supersededBy
              ? [
                  `Diganti oleh / superseded by ${supersededBy.ref}: ${supersededBy.reason.id} / ${supersededBy.reason.en}`,
                ]
              : []),
          ]);
        } else {
          process.stderr.write(
            formatUserError(
              {
                id: `${file}: ${result.issues.length} masalah ditemukan`,
                en: `${file}: ${result.issues.length} problems found`,
              },
              result.issues,
            ),
          );
        }
        if (!result.ok) process.exitCode = 1;
      }),
    );

  methodology
    .command('show <ref>')
    .description('Tampilkan asal-usul setiap bobot dan aturan / show the provenance of every weight and rule')
    .option('--json', 'keluaran JSON / JSON output')
    .action((ref: string, options: { json?: boolean }) =>
      runScoringCommand(async () => {
        const entry = await loadEdition(ref);
        const provenance = listProvenance(entry.methodology);
        if (options.json)
          return printJson({
            ref: entry.ref,
            sha256: entry.sha256,
            methodology: entry.methodology,
            provenance,
          });
        printLines([
          `${entry.methodology.title.id} / ${entry.methodology.title.en}`,
          `${entry.ref}  ${entry.methodology.status}  sha256 ${entry.sha256}`,
          ...provenance.map((item) => `  [${item.status}] ${item.path}: ${item.note}`),
        ]);
      }),
    );

  methodology
    .command('schema')
    .description('JSON Schema berkas metodologi / JSON Schema of methodology files')
    .action(() => runScoringCommand(async () => printJson(methodologyJsonSchema())));
}
