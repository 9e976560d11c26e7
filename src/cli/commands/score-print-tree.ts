import { describeScoreFlag, type EntityScore, type ScoreNode } from '../../core';
import { formatPoints } from './methodology-command-support';

/** The explanation tree as indented text, down to `depth` levels below the entity. */
export function formatScoreTree(result: EntityScore, depth: number, unitCode?: string): string[] {
  const { classification } = result;
  const lines = [
    `${result.entityName} (${result.entityCode}) — ${result.methodology}`,
    `Skor/score ${formatPoints(result.roundedScore)}  ${classification.category} · ${classification.label.id} / ${classification.label.en} · ${classification.zoneLabel.id}`,
  ];
  for (const adjustment of result.tree.adjustments ?? []) {
    if (adjustment.applied) {
      lines.push(
        `  ${adjustment.text.id}: ${formatPoints(adjustment.scoreBefore)} → ${formatPoints(adjustment.scoreAfter)}`,
      );
    }
  }
  for (const flag of result.tree.flags)
    lines.push(`  ! ${describeScoreFlag(flag).id} / ${describeScoreFlag(flag).en}`);
  const visit = (node: ScoreNode, level: number) => {
    if (level > depth) return;
    const indent = '  '.repeat(level);
    const raw = node.rawValue === null ? '' : `  tingkat/level ${node.rawValue.toFixed(2)}`;
    const flags = node.flags.map((flag) => describeScoreFlag(flag).en).join('; ');
    lines.push(
      `${indent}${node.kind === 'indicator' ? node.code : node.text.id} — ${node.kind === 'indicator' ? node.text.id : node.code}` +
        `  bobot/weight ${formatPoints(node.weight)}%  skor/score ${formatPoints(node.score)}${raw}` +
        `  kontribusi/contribution ${formatPoints(node.contribution)} / ${formatPoints(node.maxContribution)}` +
        (flags === '' ? '' : `  [${flags}]`),
    );
    for (const child of node.children) visit(child, level + 1);
  };
  const units = result.units.map((unit) => unit.tree);
  const roots =
    unitCode === undefined ? result.tree.children : units.filter((unit) => unit.code === unitCode);
  for (const child of roots) visit(child, 1);
  return lines;
}
