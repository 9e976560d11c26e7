// English texts beside the Indonesian ones in second-scoring-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { secondScoringMessagesId } from './second-scoring-messages';

export const secondScoringMessagesEn: typeof secondScoringMessagesId = {
  cardTitle: 'Second scoring (blind)',
  cardIntro:
    'These units were drawn for you to score again without seeing the first team’s levels. Score from your own visit.',
  answered: '{{answered}} levels entered',
  pageTitle: 'Second scoring: {{unit}}',
  pageIntro:
    'The first team’s levels are not shown. Every choice is saved at once; the verifier settles differences with the first team.',
  saved: 'Saved',
  saveFailed: 'Could not save {{code}}',
  level: 'Level for {{code}}',
  disagreementsTitle: 'Double-scoring disagreements',
  disagreementsIntro:
    'Sampled units whose second assessor scored differently from the first team. Check the evidence and set the level that stands.',
  disagreementCount_one: '{{count}} disagreement',
  disagreementCount_other: '{{count}} disagreements',
  settleTitle: 'Settle disagreements: {{unit}}',
  settleIntro:
    'A level that differs from the first team’s replaces their answer and is audited. Agreement figures keep comparing the first team’s original level.',
  unitChecklist: 'Unit checklists',
  firstLevel: 'First team: {{level}}',
  secondLevel: 'Second assessor: {{level}}',
  settledLevel: 'Settled: {{level}} — {{note}}',
  chooseLevel: 'Level that stands',
  chooseLevelFirst: 'Choose the level that stands after checking the evidence.',
  note: 'Reason (required)',
  settle: 'Settle',
  none: 'No disagreement is waiting.',
  back: '← Home',
};
