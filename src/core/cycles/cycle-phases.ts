import { z } from 'zod';

/** The phases of an assessment cycle, in the order they happen (domain.md §1). */
export const cyclePhaseCodes = [
  'preparation',
  'entry-meetings',
  'data-collection',
  'verification',
  'objection-window',
  'determination',
  'publication',
  'handover',
] as const;
export type CyclePhaseCode = (typeof cyclePhaseCodes)[number];
export const cyclePhaseCodeSchema = z.enum(cyclePhaseCodes);

export interface BilingualText {
  id: string;
  en: string;
}

export const cyclePhaseNames: Record<CyclePhaseCode, BilingualText> = {
  preparation: { id: 'Persiapan', en: 'Preparation' },
  'entry-meetings': { id: 'Rapat pembukaan (entry meeting)', en: 'Entry meetings' },
  'data-collection': { id: 'Pengumpulan data', en: 'Data collection' },
  verification: { id: 'Verifikasi', en: 'Verification' },
  'objection-window': { id: 'Masa sanggahan', en: 'Objection window' },
  determination: { id: 'Penetapan', en: 'Determination' },
  publication: { id: 'Publikasi', en: 'Publication' },
  handover: { id: 'Penyerahan piagam dan rapor', en: 'Handover' },
};

/** One phase with its dates: `startsAt` inclusive, `endsAt` exclusive, so adjacent phases never overlap. */
export interface CyclePhase {
  code: CyclePhaseCode;
  startsAt: Date;
  endsAt: Date;
}

export type PhaseStatus =
  | { kind: 'not-started'; next: CyclePhaseCode }
  | { kind: 'in-phase'; phase: CyclePhaseCode }
  | { kind: 'between'; previous: CyclePhaseCode; next: CyclePhaseCode }
  | { kind: 'finished' };

/** Where the cycle stands at `now`. Phases must be valid (see validateCyclePhases). */
export function currentPhase(phases: readonly CyclePhase[], now: Date): PhaseStatus {
  const ordered = orderPhases(phases);
  const time = now.getTime();
  const first = ordered[0];
  if (!first || time < first.startsAt.getTime())
    return { kind: 'not-started', next: first?.code ?? 'preparation' };
  for (const [index, phase] of ordered.entries()) {
    if (time >= phase.startsAt.getTime() && time < phase.endsAt.getTime())
      return { kind: 'in-phase', phase: phase.code };
    const next = ordered[index + 1];
    if (next && time >= phase.endsAt.getTime() && time < next.startsAt.getTime())
      return { kind: 'between', previous: phase.code, next: next.code };
  }
  return { kind: 'finished' };
}

/** Whether the phase has begun at `now` (the cycle is in it or past it). */
export function hasPhaseStarted(phases: readonly CyclePhase[], code: CyclePhaseCode, now: Date): boolean {
  const phase = phases.find((candidate) => candidate.code === code);
  return phase !== undefined && now.getTime() >= phase.startsAt.getTime();
}

function orderPhases(phases: readonly CyclePhase[]): CyclePhase[] {
  return cyclePhaseCodes.flatMap((code) => phases.filter((phase) => phase.code === code));
}

export interface PhaseProblem {
  path: string;
  message: BilingualText;
}

/** Every phase once, each ending after it starts, in order and without overlap. */
export function validateCyclePhases(phases: readonly CyclePhase[]): PhaseProblem[] {
  const problems: PhaseProblem[] = [];
  for (const code of cyclePhaseCodes) {
    const count = phases.filter((phase) => phase.code === code).length;
    if (count !== 1) {
      const name = cyclePhaseNames[code];
      problems.push({
        path: `phases.${code}`,
        message:
          count === 0
            ? { id: `Tahap "${name.id}" belum diberi tanggal.`, en: `Phase "${name.en}" has no dates.` }
            : {
                id: `Tahap "${name.id}" tercantum lebih dari sekali.`,
                en: `Phase "${name.en}" is listed twice.`,
              },
      });
    }
  }
  if (problems.length > 0) return problems;
  const ordered = orderPhases(phases);
  for (const [index, phase] of ordered.entries()) {
    const name = cyclePhaseNames[phase.code];
    if (Number.isNaN(phase.startsAt.getTime()) || Number.isNaN(phase.endsAt.getTime())) {
      problems.push({
        path: `phases.${phase.code}`,
        message: {
          id: `Tanggal tahap "${name.id}" tidak valid.`,
          en: `Phase "${name.en}" has an invalid date.`,
        },
      });
      continue;
    }
    if (phase.endsAt.getTime() <= phase.startsAt.getTime()) {
      problems.push({
        path: `phases.${phase.code}.endsAt`,
        message: {
          id: `Tahap "${name.id}" harus berakhir setelah dimulai.`,
          en: `Phase "${name.en}" must end after it starts.`,
        },
      });
    }
    const previous = ordered[index - 1];
    if (previous && phase.startsAt.getTime() < previous.endsAt.getTime()) {
      const previousName = cyclePhaseNames[previous.code];
      problems.push({
        path: `phases.${phase.code}.startsAt`,
        message: {
          id: `Tahap "${name.id}" dimulai sebelum tahap "${previousName.id}" berakhir.`,
          en: `Phase "${name.en}" starts before phase "${previousName.en}" ends.`,
        },
      });
    }
  }
  return problems;
}
