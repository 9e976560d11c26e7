import { useEffect, useMemo, useState } from 'react';
import type { SimulatorInput } from '../../../contracts/plans.contract';
import { type IndicatorOpportunity, scoreEntity } from '../../../core';
import { listOpportunities } from '../../../core/planning/list-opportunities';
import { parseSimulatorInput } from './use-simulator-model';

export interface Recommendations {
  roundedScore: number;
  opportunities: IndicatorOpportunity[];
}

/** The planner's indicator list for making a plan, computed after the first paint; null without answers. */
export function useRecommendations(input: SimulatorInput | undefined): Recommendations | null | 'pending' {
  const parsed = useMemo(() => parseSimulatorInput(input), [input]);
  const [result, setResult] = useState<Recommendations | null>(null);
  useEffect(() => {
    setResult(null);
    if (!parsed) return;
    const timer = setTimeout(() => {
      const scored = scoreEntity(parsed.answers, parsed.methodology);
      setResult({
        roundedScore: scored.roundedScore,
        opportunities: listOpportunities(scored, parsed.methodology),
      });
    }, 0);
    return () => clearTimeout(timer);
  }, [parsed]);
  if (!parsed) return null;
  return result ?? 'pending';
}
