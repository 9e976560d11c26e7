// English texts beside the Indonesian ones in quality-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { qualityMessagesId } from './quality-messages';

export const qualityMessagesEn: typeof qualityMessagesId = {
  title: 'Assessor quality control',
  link: 'Assessor quality control',
  intro:
    'A sample of units is scored again, blind, by another assessor; agreement per indicator and per assessor pair (percent and weighted Cohen’s kappa).',
  province: 'Province',
  draw: 'Draw the sample ({{percent}})',
  drawn: '{{count}} units in the double-scoring sample.',
  skipped: '{{count}} units without an available second assessor.',
  overall: 'Overall agreement: {{pairs}} answer pairs, {{percent}} the same, kappa {{kappa}}.',
  byIndicator: 'Per indicator',
  byPair: 'Per assessor pair',
  disagreements: 'Disagreements for the verifier to settle',
  assessors: 'Per assessor',
  indicator: 'Indicator',
  pairs: 'Pairs',
  agreement: 'Same',
  kappa: 'Kappa',
  first: 'First assessors',
  second: 'Second assessor',
  unit: 'Unit',
  levels: 'Levels (first → second)',
  name: 'Assessor',
  answers: 'Answers',
  mean: 'Mean',
  zScore: 'z-score',
  outlier: 'Outlier',
  changed: 'Changed at verification',
  visit: 'Median days visit → entry',
  none: 'No data yet.',
};
