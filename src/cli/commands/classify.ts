import type { Command } from 'commander';
import { formatMethodologyRef, opinionLabel } from '../../core';
import {
  CliUserError,
  describeSupersession,
  loadCurrentEdition,
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
      'seluruh produk pengawasan Ombudsman ditindaklanjuti: tambah "Tanpa Maladministrasi" (Opini) / every Ombudsman oversight product followed up: adds "Without Maladministration" (Opini)',
    )
    .option('--json', 'keluaran JSON / JSON output')
    .action((scores: string[], options: { methodology: string; followedUp?: boolean; json?: boolean }) =>
      runScoringCommand(async () => {
        const resolved = await loadCurrentEdition(options.methodology);
        const { methodology } = resolved.entry;
        const results = scores.map((text) => {
          const score = parseScore(text);
          const opinion = opinionLabel(score, methodology, options.followedUp === true);
          const band = methodology.classification.bands.find((item) => item.category === opinion.category);
          return {
            score: opinion.roundedScore,
            category: opinion.category,
            label: opinion.label.id,
            labelEn: opinion.label.en,
            zone: band?.zone ?? '',
            colour: band?.colour ?? '',
            methodology: formatMethodologyRef(methodology),
          };
        });
        if (options.json) return printJson(results);
        // Opini editions have no zones: their stand-in zone only repeats the label.
        const showZone = methodology.classification.hasZones !== false;
        printLines([
          ...describeSupersession(resolved),
          ...results.map(
            (result) =>
              `${result.score.toFixed(2).padStart(6)}  ${result.category.padEnd(6)} ${result.label} / ${result.labelEn}${showZone ? `  (${result.zone})` : ''}`,
          ),
        ]);
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
