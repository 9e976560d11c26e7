import { describe, expect, it } from 'vitest';
import {
  type CyclePhase,
  currentPhase,
  cyclePhaseCodes,
  hasPhaseStarted,
  validateCyclePhases,
} from '../../../src/core/cycles/cycle-phases';
import { isActionOpenInPhase } from '../../../src/core/cycles/phase-actions';

const day = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

/** The 2024 cycle roughly as it ran (domain.md §1), with a one-day pause before verification. */
const phases2024: CyclePhase[] = [
  { code: 'preparation', startsAt: day('2024-03-01'), endsAt: day('2024-06-01') },
  { code: 'entry-meetings', startsAt: day('2024-06-01'), endsAt: day('2024-06-24') },
  { code: 'data-collection', startsAt: day('2024-06-24'), endsAt: day('2024-10-01') },
  { code: 'verification', startsAt: day('2024-10-02'), endsAt: day('2024-10-21') },
  { code: 'objection-window', startsAt: day('2024-10-21'), endsAt: day('2024-10-28') },
  { code: 'determination', startsAt: day('2024-10-28'), endsAt: day('2024-11-14') },
  { code: 'publication', startsAt: day('2024-11-14'), endsAt: day('2024-12-01') },
  { code: 'handover', startsAt: day('2024-12-01'), endsAt: day('2025-04-01') },
];
const justBefore = (date: Date) => new Date(date.getTime() - 1);

describe('currentPhase', () => {
  it('is not started before preparation and finished after handover, at the exact millisecond', () => {
    expect(currentPhase(phases2024, justBefore(day('2024-03-01')))).toEqual({
      kind: 'not-started',
      next: 'preparation',
    });
    expect(currentPhase(phases2024, day('2024-03-01'))).toEqual({ kind: 'in-phase', phase: 'preparation' });
    expect(currentPhase(phases2024, justBefore(day('2025-04-01')))).toEqual({
      kind: 'in-phase',
      phase: 'handover',
    });
    expect(currentPhase(phases2024, day('2025-04-01'))).toEqual({ kind: 'finished' });
  });

  it('starts a phase inclusively and ends it exclusively, so 3 June 2024 is in entry meetings', () => {
    expect(currentPhase(phases2024, justBefore(day('2024-06-01')))).toMatchObject({ phase: 'preparation' });
    expect(currentPhase(phases2024, day('2024-06-01'))).toMatchObject({ phase: 'entry-meetings' });
    expect(currentPhase(phases2024, day('2024-06-03'))).toMatchObject({ phase: 'entry-meetings' });
    expect(currentPhase(phases2024, day('2024-06-24'))).toMatchObject({ phase: 'data-collection' });
  });

  it('reports the pause between two phases', () => {
    expect(currentPhase(phases2024, day('2024-10-01'))).toEqual({
      kind: 'between',
      previous: 'data-collection',
      next: 'verification',
    });
  });

  it('orders phases by their code, whatever order they are stored in', () => {
    expect(currentPhase([...phases2024].reverse(), day('2024-10-22'))).toMatchObject({
      phase: 'objection-window',
    });
  });

  it('knows whether data collection has started (the freeze point)', () => {
    expect(hasPhaseStarted(phases2024, 'data-collection', justBefore(day('2024-06-24')))).toBe(false);
    expect(hasPhaseStarted(phases2024, 'data-collection', day('2024-06-24'))).toBe(true);
  });
});

describe('isActionOpenInPhase', () => {
  it('allows answers only during data collection and verification, up to the last millisecond', () => {
    expect(isActionOpenInPhase('answer.record', phases2024, justBefore(day('2024-06-24'))).open).toBe(false);
    expect(isActionOpenInPhase('answer.record', phases2024, day('2024-06-24'))).toEqual({ open: true });
    expect(isActionOpenInPhase('answer.record', phases2024, justBefore(day('2024-10-01'))).open).toBe(true);
    expect(isActionOpenInPhase('answer.record', phases2024, day('2024-10-01')).open).toBe(false);
    expect(isActionOpenInPhase('answer.record', phases2024, day('2024-10-02')).open).toBe(true);
    expect(isActionOpenInPhase('answer.record', phases2024, day('2024-10-21')).open).toBe(false);
  });

  it('allows objections only in their window', () => {
    expect(isActionOpenInPhase('objection.file', phases2024, day('2024-10-20')).open).toBe(false);
    expect(isActionOpenInPhase('objection.file', phases2024, day('2024-10-21')).open).toBe(true);
    expect(isActionOpenInPhase('objection.file', phases2024, day('2024-10-28')).open).toBe(false);
  });

  it('lets loci and teams be planned in preparation and entry meetings, never after', () => {
    for (const action of ['locus.plan', 'team.plan'] as const) {
      expect(isActionOpenInPhase(action, phases2024, day('2024-04-01')).open).toBe(true);
      expect(isActionOpenInPhase(action, phases2024, day('2024-06-03')).open).toBe(true);
      expect(isActionOpenInPhase(action, phases2024, day('2024-06-24')).open).toBe(false);
    }
    expect(isActionOpenInPhase('meeting.entry', phases2024, day('2024-04-01')).open).toBe(false);
    expect(isActionOpenInPhase('meeting.entry', phases2024, day('2024-06-03')).open).toBe(true);
  });

  it('explains in Indonesian and English why an action is closed', () => {
    const decision = isActionOpenInPhase('objection.file', phases2024, day('2024-07-01'));
    expect(decision).toEqual({
      open: false,
      reason: {
        id: 'Pengajuan sanggahan hanya dapat dilakukan pada tahap Masa sanggahan; sekarang tahap Pengumpulan data.',
        en: 'Filing objections is only allowed during Objection window; it is now Data collection.',
      },
    });
    const before = isActionOpenInPhase('locus.plan', phases2024, day('2024-01-01'));
    expect(before.open === false && before.reason.id).toBe(
      'Penetapan lokus hanya dapat dilakukan pada tahap Persiapan atau Rapat pembukaan (entry meeting); siklus belum dimulai.',
    );
    const after = isActionOpenInPhase('locus.plan', phases2024, day('2026-01-01'));
    expect(after.open === false && after.reason.en).toMatch(/the cycle has ended\.$/);
  });
});

describe('validateCyclePhases', () => {
  it('accepts the 2024 phases', () => {
    expect(validateCyclePhases(phases2024)).toEqual([]);
  });

  it('names a missing and a repeated phase', () => {
    const problems = validateCyclePhases([...phases2024.slice(1), phases2024[1] as CyclePhase]);
    expect(problems.map((problem) => problem.path)).toEqual(['phases.preparation', 'phases.entry-meetings']);
    expect(problems[0]?.message.id).toBe('Tahap "Persiapan" belum diberi tanggal.');
  });

  it('refuses a phase ending before it starts, and overlap with the previous phase (touching is fine)', () => {
    const broken = phases2024.map((phase) =>
      phase.code === 'verification'
        ? { ...phase, startsAt: day('2024-09-30'), endsAt: day('2024-09-29') }
        : phase,
    );
    expect(validateCyclePhases(broken).map((problem) => problem.path)).toEqual([
      'phases.verification.endsAt',
      'phases.verification.startsAt',
    ]);
    expect(cyclePhaseCodes).toHaveLength(8);
  });
});

describe('Indonesian time zones', () => {
  it('reads meeting times in the province’s zone: WIB in Sumatera Selatan, WITA in Bali, WIT in Papua', async () => {
    const { isoToLocalWallTime, localWallTimeToIso, timeZoneOfProvince } = await import(
      '../../../src/core/cycles/indonesian-time-zones'
    );
    expect(localWallTimeToIso('2024-06-03T09:00', '16')).toBe('2024-06-03T09:00:00+07:00');
    expect(localWallTimeToIso('2024-06-03T09:00', '51')).toBe('2024-06-03T09:00:00+08:00');
    expect(timeZoneOfProvince('94').label).toBe('WIT');
    expect(timeZoneOfProvince(null).label).toBe('WIB');
    expect(isoToLocalWallTime('2024-06-03T02:00:00.000Z', '16')).toBe('2024-06-03T09:00');
  });
});
