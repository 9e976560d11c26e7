import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../contracts/cycles.contract';
import type { PhaseAction } from '../../../core/cycles/phase-actions';

/** Whether a phase-bound action is open now and, when not, the server's reason in the UI language. */
export function usePhaseGate(
  cycle: Cycle | undefined,
  action: PhaseAction,
): { open: boolean; reason?: string } {
  const { i18n } = useTranslation();
  const decision = cycle?.actions[action];
  if (!decision) return { open: false };
  if (decision.open || !decision.reason) return { open: decision.open };
  return { open: false, reason: decision.reason[i18n.language === 'en' ? 'en' : 'id'] };
}
