/**
 * A planned change to the answers of one indicator at one unit. `raiseBy` moves every respondent's counted
 * level that many steps up the scale (capped at the top); `setLevel` sets every respondent's level. Either way
 * the answers get supporting evidence where the indicator requires it — providing it is part of the fix.
 */
export type AnswerChange =
  | { unitCode: string; indicatorCode: string; raiseBy: number }
  | { unitCode: string; indicatorCode: string; setLevel: number };

/** Marks evidence the plan assumes will be provided; never a real document id. */
export const PLANNED_EVIDENCE = 'planned-evidence';
