import type { Command } from 'commander';
import { classify, type RankGroupKey, rank } from '../../core';
import {
  CliUserError,
  loadEdition,
  printJson,
  printLines,
  readUserFile,
  runScoringCommand,
} from './methodology-command-support';
import { readRankCsv } from './rank-csv';

const groupKeys: readonly RankGroupKey[] = ['kind', 'province', 'unitType'];

export function registerRankCommand(program: Command): void {
  program
    .command('rank')
    .description('Peringkat dari CSV entity,score[,kind,province] / ranking from a CSV')
    .requiredOption('-m, --methodology <ref>', 'edisi, mis. / edition, e.g. ombudsman-kepatuhan@2023')
    .requiredOption(
      '-i, --input <file.csv>',
      'CSV: entity,score dan opsional / and optional kind,province,unit_type',
    )
    .option(
      '--group-by <keys>',
      'kelompok, dipisah koma / groups, comma-separated: kind,province,unitType (bawaan: kolom yang ada / default: the columns present)',
    )
    .option('--json', 'keluaran JSON / JSON output')
    .action((options: { methodology: string; input: string; groupBy?: string; json?: boolean }) =>
      runScoringCommand(async () => {
        const { methodology } = await loadEdition(options.methodology);
        const text = await readUserFile(options.input);
        const { rows, columns } = readRankCsv(text);
        const groupBy =
          options.groupBy === undefined ? defaultGroups(columns) : parseGroupBy(options.groupBy);
        const ranked = rank(rows, { groupBy, decimals: methodology.classification.rounding.decimals });
        const results = ranked.map((entry) => {
          const classification = classify(entry.roundedScore, methodology);
          return {
            entity: entry.name,
            score: entry.roundedScore,
            category: classification.category,
            zone: classification.zone,
            rank: entry.rank,
            ...(entry.kind === undefined ? {} : { kind: entry.kind }),
            ...(entry.province === undefined ? {} : { province: entry.province }),
            ...(entry.unitType === undefined ? {} : { unitType: entry.unitType }),
            groupSize: entry.groupSize,
          };
        });
        if (options.json) return printJson(results);
        let group: string | undefined;
        const lines: string[] = [];
        ranked.forEach((entry, i) => {
          const result = results[i];
          if (result === undefined) return;
          if (entry.group !== group && entry.group !== '')
            lines.push(`# ${entry.group} (${entry.groupSize})`);
          group = entry.group;
          lines.push(
            `${String(result.rank).padStart(4)}  ${result.score.toFixed(2).padStart(6)}  ${result.category.padEnd(6)} ${result.zone.padEnd(8)} ${result.entity}`,
          );
        });
        printLines(lines);
      }),
    );
}

function defaultGroups(columns: ReadonlySet<string>): RankGroupKey[] {
  return groupKeys.filter((key) => columns.has(key === 'unitType' ? 'unit_type' : key));
}

function parseGroupBy(text: string): RankGroupKey[] {
  const keys = text
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
  return keys.map((key) => {
    const match = groupKeys.find((candidate) => candidate === key);
    if (match === undefined) {
      throw new CliUserError({
        id: `kelompok "${key}" tidak dikenal; gunakan kind, province, unitType`,
        en: `unknown group "${key}"; use kind, province, unitType`,
      });
    }
    return match;
  });
}
