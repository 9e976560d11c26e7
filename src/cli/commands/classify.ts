import type { Command } from 'commander';
import { classify } from '../../core';
import {
  CliUserError,
  loadEdition,
  printJson,
  printLines,
  runScoringCommand,
} from './methodology-command-support';

export function registerClassifyCommand(program: Command): void {
  program
    .command('classify <score...>')
    .description('Kategori, opini dan zona dari skor / category, opinion and zone of scores')
    .requiredOption('-m, --methodology <ref>', 'edisi, mis. / edition, e.g. ombudsman-kepatuhan@2024')
    .option(
      '--followed-up',
      'temuan Ombudsman ditindaklanjuti (2025) / Ombudsman findings followed up (2025)',
    )
    .option('--json', 'keluaran JSON / JSON output')
    .action((scores: string[], options: { methodology: string; followedUp?: boolean; json?: boolean }) =>
      runScoringCommand(async () => {
        const { methodology } = await loadEdition(options.methodology);
        const results = scores.map((text) => {
          const score = parseScore(text);
          const result = classify(score, methodology, { followedUpFindings: options.followedUp === true });
          return {
            score: result.roundedScore,
            category: result.category,
            label: result.label.id,
            labelEn: result.label.en,
            zone: result.zone,
            colour: result.colour,
          };
        });
        if (options.json) return printJson(results);
        printLines(
          results.map(
            (result) =>
              `${result.score.toFixed(2).padStart(6)}  ${result.category.padEnd(6)} ${result.label} / ${result.labelEn}  (${result.zone})`,
          ),
        );
      }),
    );
}

/** Accepts 93.31 and the Indonesian 93,31. */
export function parseScore(text: string): number {
  const score = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(score) || score < 0 || score > 100) {
    throw new CliUserError({
      id: `"${text}" bukan skor 0–100`,
      en: `"${text}" is not a score between 0 and 100`,
    });
  }
  return score;
}
