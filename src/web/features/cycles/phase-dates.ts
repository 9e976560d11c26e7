import type { CyclePhaseInput } from '../../../contracts/cycles.contract';
import { type CyclePhaseCode, cyclePhaseCodes } from '../../../core/cycles/cycle-phases';

/** Phase dates as the form edits them: whole local days, the end day included. */
export type PhaseDays = Record<CyclePhaseCode, { from: string; until: string }>;

const dayMs = 24 * 60 * 60 * 1000;

function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Stored phases (end exclusive) → form days (end inclusive). */
export function phasesToDays(phases: readonly CyclePhaseInput[]): PhaseDays {
  const days = emptyPhaseDays();
  for (const phase of phases) {
    days[phase.code] = {
      from: localDay(new Date(phase.startsAt)),
      until: localDay(new Date(new Date(phase.endsAt).getTime() - dayMs)),
    };
  }
  return days;
}

/** Form days → phases starting at local midnight and ending at the midnight after the last day. */
export function daysToPhases(days: PhaseDays): CyclePhaseInput[] {
  return cyclePhaseCodes.map((code) => {
    const start = new Date(`${days[code].from}T00:00:00`);
    const end = new Date(new Date(`${days[code].until}T00:00:00`).getTime() + dayMs);
    return { code, startsAt: start.toISOString(), endsAt: end.toISOString() };
  });
}

export function emptyPhaseDays(): PhaseDays {
  return Object.fromEntries(cyclePhaseCodes.map((code) => [code, { from: '', until: '' }])) as PhaseDays;
}
