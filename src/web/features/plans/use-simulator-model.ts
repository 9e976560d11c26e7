import { useEffect, useMemo, useState } from 'react';
import type { SimulatorInput } from '../../../contracts/plans.contract';
import { type EntityAnswers, type Methodology, methodologySchema } from '../../../core';
import { buildSimulatorModel, type SimulatorModel } from './simulate-changes';

export interface LoadedSimulator {
  answers: EntityAnswers;
  methodology: Methodology;
  model: SimulatorModel | null;
}

/** The entity's answers and the parsed edition of a simulator input; null without answers or edition. */
export function parseSimulatorInput(
  input: SimulatorInput | undefined,
): { answers: EntityAnswers; methodology: Methodology } | null {
  if (!input || input.answers === null || input.methodology === null) return null;
  const methodology = methodologySchema.safeParse(input.methodology);
  return methodology.success
    ? { answers: input.answers as EntityAnswers, methodology: methodology.data }
    : null;
}

/**
 * Parses the edition and builds the planner's model once per input. The planner takes a moment on a phone,
 * so it runs after the first paint (the page shows "computing" meanwhile).
 */
export function useSimulatorModel(input: SimulatorInput | undefined): LoadedSimulator | null {
  const parsed = useMemo(() => parseSimulatorInput(input), [input]);
  const [model, setModel] = useState<SimulatorModel | null>(null);
  useEffect(() => {
    setModel(null);
    if (!parsed) return;
    const timer = setTimeout(() => setModel(buildSimulatorModel(parsed.answers, parsed.methodology)), 0);
    return () => clearTimeout(timer);
  }, [parsed]);
  return parsed ? { ...parsed, model } : null;
}
