import type { Cycle } from '../../contracts/cycles.contract';
import { currentPhase } from '../../core/cycles/cycle-phases';
import { isActionOpenInPhase, type PhaseAction, phaseActions } from '../../core/cycles/phase-actions';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import type { CycleRow } from '../db/repositories/cycles.repository';

/** The cycle with where it stands at `now` and which phase-bound actions are open, with reasons. */
export function toCycle(row: CycleRow, now: Date): Cycle {
  const phases = phasesOfCycle(row);
  const actions = Object.fromEntries(
    phaseActions.map((action) => {
      const decision = isActionOpenInPhase(action, phases, now);
      return [action, { open: decision.open, reason: decision.open ? null : decision.reason }];
    }),
  ) as Record<PhaseAction, { open: boolean; reason: { id: string; en: string } | null }>;
  return {
    year: row.year,
    methodologyRef: row.methodologyRef,
    methodologySha256: row.methodologySha256,
    frozenAt: row.frozenAt?.toISOString() ?? null,
    phases: phases.map((phase) => ({
      code: phase.code,
      startsAt: phase.startsAt.toISOString(),
      endsAt: phase.endsAt.toISOString(),
    })),
    decreeNumber: row.decreeNumber,
    decreeDate: row.decreeDate,
    embargoAt: row.embargoAt?.toISOString() ?? null,
    status: currentPhase(phases, now),
    actions,
    now: now.toISOString(),
  };
}
