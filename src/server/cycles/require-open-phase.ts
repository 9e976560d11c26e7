import { isActionOpenInPhase, type PhaseAction } from '../../core/cycles/phase-actions';
import type { CycleRow } from '../db/repositories/cycles.repository';
import { DomainError } from '../errors';
import { phasesOfCycle } from './phases-of-cycle';

/** Refuses (409 PHASE_CLOSED, with the reason) an action the cycle's current phase does not allow. */
export function requireOpenPhase(cycle: CycleRow, action: PhaseAction, now: Date): void {
  const decision = isActionOpenInPhase(action, phasesOfCycle(cycle), now);
  if (!decision.open) throw new DomainError('PHASE_CLOSED', decision.reason);
}
