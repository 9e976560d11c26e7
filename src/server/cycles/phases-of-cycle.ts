import { type CyclePhase, cyclePhaseCodeSchema } from '../../core/cycles/cycle-phases';
import type { CycleRow } from '../db/repositories/cycles.repository';

/** The stored phase dates as the core reads them. */
export function phasesOfCycle(cycle: Pick<CycleRow, 'phases'>): CyclePhase[] {
  return cycle.phases.map((phase) => ({
    code: cyclePhaseCodeSchema.parse(phase.code),
    startsAt: new Date(phase.startsAt),
    endsAt: new Date(phase.endsAt),
  }));
}
