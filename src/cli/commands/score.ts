import type { Command } from 'commander';
import { type EntityScore, entityCompleteness, scoreEntity } from '../../core';
import { CliUserError, printJson, printLines, runScoringCommand } from './methodology-command-support';
import { readScoringInput } from './score-input';
import { formatScoreTree } from './score-print-tree';

export function registerScoreCommand(program: Command): void {
  program
    .command('score')
    .description(
      'Hitung skor dan pohon penjelasan dari berkas jawaban / score an answers file with its explanation tree',
    )
    .option('-m, --methodology <ref>', 'edisi / edition (bawaan: dari berkas / default: from the file)')
    .requiredOption('-i, --input <answers.json>', 'berkas jawaban patuh-answers@1 / answers file')
    .option('--unit <code>', 'hanya satu unit / one unit only')
    .option('--depth <n>', 'kedalaman pohon teks / text tree depth (1 unit … 4 indikator/indicator)', '4')
    .option('--json', 'keluaran JSON / JSON output')
    .action(
      (options: { methodology?: string; input: string; unit?: string; depth: string; json?: boolean }) =>
        runScoringCommand(async () => {
          const input = await readScoringInput(options.input, options.methodology);
          const result = scoreEntity(input.file.entity, input.methodology);
          const completeness = entityCompleteness(input.file.entity, input.methodology);
          if (options.unit !== undefined) {
            const unit = result.units.find((candidate) => candidate.unitCode === options.unit);
            if (unit === undefined) {
              throw new CliUserError({
                id: `unit "${options.unit}" tidak ada`,
                en: `no unit "${options.unit}"`,
              });
            }
            const { input: _answers, ...unitResult } = unit;
            if (options.json)
              return printJson({ methodology: input.ref, methodologySha256: input.sha256, ...unitResult });
          }
          if (options.json) return printJson(toJsonResult(result, input.sha256, completeness.isComplete));
          printLines([
            ...formatScoreTree(result, Number(options.depth), options.unit),
            completeness.isComplete
              ? 'Data lengkap / data complete'
              : `Belum lengkap / incomplete: ${[...completeness.messages, ...completeness.units.flatMap((unit) => unit.messages)].map((message) => message.en).join('; ')}`,
          ]);
        }),
    );
}

/** The result without the echoed answers: the tree already carries every answer that counted. */
function toJsonResult(result: EntityScore, sha256: string, isComplete: boolean) {
  const { input: _answers, units, ...rest } = result;
  return {
    ...rest,
    methodologySha256: sha256,
    isComplete,
    units: units.map(({ input: _unitAnswers, tree: _tree, ...unit }) => unit),
  };
}
