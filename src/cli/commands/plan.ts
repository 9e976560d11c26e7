import type { Command } from 'commander';
import {
  type AnswerChange,
  type ImprovementPlan,
  type ImprovementTarget,
  planImprovements,
  scoreEntity,
} from '../../core';
import {
  CliUserError,
  formatPoints,
  printJson,
  printLines,
  readUserFile,
  runScoringCommand,
} from './methodology-command-support';
import { readRankCsv } from './rank-csv';
import { readScoringInput } from './score-input';

interface PlanOptions {
  methodology?: string;
  input: string;
  unit?: string;
  top: string;
  rank?: string;
  peers?: string;
  whatIf?: string[];
  json?: boolean;
}

export function registerPlanCommand(program: Command): void {
  program
    .command('plan')
    .description('Rencana perbaikan: indikator dengan tambahan nilai terbesar / improvement plan')
    .option('-m, --methodology <ref>', 'edisi / edition (bawaan: dari berkas / default: from the file)')
    .requiredOption('-i, --input <answers.json>', 'berkas jawaban patuh-answers@1 / answers file')
    .option('--unit <code>', 'rencana untuk satu unit / plan for one unit')
    .option('--top <n>', 'jumlah indikator ditampilkan / indicators shown', '10')
    .option('--rank <n>', 'target peringkat / target rank (perlu / needs --peers)')
    .option('--peers <file.csv>', 'skor entitas lain / other entities\u2019 scores: CSV entity,score')
    .option('--what-if <change...>', 'unit/indikator=tingkat, mis. / e.g. dinsos/PRS-01=3')
    .option('--json', 'keluaran JSON / JSON output')
    .action((options: PlanOptions) =>
      runScoringCommand(async () => {
        const input = await readScoringInput(options.input, options.methodology);
        const result = scoreEntity(input.file.entity, input.methodology);
        const subject =
          options.unit === undefined ? result : result.units.find((unit) => unit.unitCode === options.unit);
        if (subject === undefined) {
          throw new CliUserError({ id: `unit "${options.unit}" tidak ada`, en: `no unit "${options.unit}"` });
        }
        const plan = planImprovements(subject, input.methodology);
        const top = Number(options.top);
        const whatIf =
          options.whatIf === undefined
            ? undefined
            : plan.whatIf(options.whatIf.map((text) => parseChange(text, options.unit)));
        const rankGap = await computeRankGap(plan, options);
        const output = {
          methodology: input.ref,
          subject: plan.subject,
          current: plan.current,
          opportunities: plan.opportunities.slice(0, Number.isInteger(top) && top > 0 ? top : 10),
          nextCategory: plan.nextCategory,
          nextZone: plan.nextZone,
          ...(whatIf === undefined ? {} : { whatIf }),
          ...(rankGap === undefined ? {} : { rankGap }),
        };
        if (options.json) return printJson(output);
        const lines = [
          `${plan.subject.name} — ${formatPoints(plan.current.roundedScore)} ${plan.current.classification.category} (${plan.current.classification.zone})`,
          'Indikator dengan tambahan nilai terbesar / indicators with the most points to gain:',
          ...output.opportunities.map(
            (item) =>
              `  +${formatPoints(item.gainToTop).padStart(5)} ke puncak/to top  +${formatPoints(item.gainOneLevel).padStart(5)} satu tingkat/one level  ${item.unitCode} ${item.indicatorCode} ${item.text.id}`,
          ),
          ...describeTarget('Kategori berikutnya / next category', plan.nextCategory),
          ...describeTarget('Zona berikutnya / next zone', plan.nextZone),
        ];
        if (whatIf !== undefined) {
          lines.push(
            `Bagaimana jika / what if: ${formatPoints(whatIf.roundedScore)} ${whatIf.classification.category} (${whatIf.classification.zone}), ${whatIf.gain >= 0 ? '+' : ''}${formatPoints(whatIf.gain)}`,
          );
        }
        if (rankGap !== undefined) {
          lines.push(
            `Peringkat ${rankGap.targetRank} / rank ${rankGap.targetRank}: sekarang/now ${rankGap.currentRank}, perlu/needs ${formatPoints(rankGap.targetScore)} (+${formatPoints(rankGap.points)}), ${rankGap.reachable ? 'dapat dicapai/reachable' : 'tidak dapat dicapai/not reachable'}`,
          );
        }
        printLines(lines);
      }),
    );
}

function describeTarget(title: string, target: ImprovementTarget | null): string[] {
  if (target === null) return [`${title}: sudah tertinggi / already the highest`];
  if (!target.reachable) {
    return [
      `${title} ${target.category} (${formatPoints(target.targetScore)}): tidak dapat dicapai / not reachable (maks/max ${formatPoints(target.maximumScore)})`,
    ];
  }
  return [
    `${title} ${target.category} (${formatPoints(target.targetScore)}): ${target.raises.length} indikator/indicators, ${target.steps} tingkat/levels → ${formatPoints(target.projected.roundedScore)}`,
    ...target.raises.map((raise) => `  ${raise.unitCode} ${raise.indicatorCode} +${raise.raiseBy}`),
  ];
}

async function computeRankGap(plan: ImprovementPlan, options: PlanOptions) {
  if (options.rank === undefined) return undefined;
  const targetRank = Number(options.rank);
  if (!Number.isInteger(targetRank) || targetRank < 1) {
    throw new CliUserError({
      id: '--rank harus bilangan bulat ≥ 1',
      en: '--rank must be a whole number ≥ 1',
    });
  }
  if (options.peers === undefined) {
    throw new CliUserError({
      id: '--rank memerlukan --peers <file.csv>',
      en: '--rank needs --peers <file.csv>',
    });
  }
  const { rows } = readRankCsv(await readUserFile(options.peers));
  return plan.gapToRank(targetRank, rows);
}

/** "dinsos/PRS-01=3" (or "PRS-01=3" with --unit) → set every answer of PRS-01 at unit dinsos to level 3. */
function parseChange(text: string, unit: string | undefined): AnswerChange {
  const match = /^(?:([^/=]+)\/)?([^/=]+)=(-?\d+)$/.exec(text.trim());
  const unitCode = match?.[1] ?? unit;
  const indicatorCode = match?.[2];
  if (match === null || unitCode === undefined || indicatorCode === undefined) {
    throw new CliUserError({
      id: `"${text}" bukan perubahan unit/indikator=tingkat`,
      en: `"${text}" is not a unit/indicator=level change`,
    });
  }
  return { unitCode, indicatorCode, setLevel: Number(match[3]) };
}
