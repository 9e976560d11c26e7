import { describe, expect, it } from 'vitest';
import { isActionOpenInPhase } from '../../../src/core/cycles/phase-actions';
import { compareUnitRows } from '../../../src/server/results/compare-unit-rows';
import { phasesAround } from '../../helpers/cycle-factory';

const now = new Date('2024-11-01T03:00:00Z');
const phasesOf = (current: Parameters<typeof phasesAround>[0]) =>
  phasesAround(current, now).map((phase) => ({
    ...phase,
    startsAt: new Date(phase.startsAt),
    endsAt: new Date(phase.endsAt),
  }));

describe('finalising results', () => {
  it('is open only during determination, and says why otherwise', () => {
    expect(isActionOpenInPhase('results.finalise', phasesOf('determination'), now)).toEqual({ open: true });
    const closed = isActionOpenInPhase('results.finalise', phasesOf('objection-window'), now);
    expect(closed).toEqual({
      open: false,
      reason: {
        id: 'Penetapan hasil hanya dapat dilakukan pada tahap Penetapan; sekarang tahap Masa sanggahan.',
        en: 'Finalising results is only allowed during Determination; it is now Objection window.',
      },
    });
    expect(isActionOpenInPhase('results.finalise', phasesOf('publication'), now).open).toBe(false);
  });

  it('lists units added, removed and changed between two snapshots, by entity then unit name', () => {
    const unit = (unitId: string, unitName: string, score: number, rank: number | null = 1) => ({
      entityCode: '16.06',
      unitId,
      unitName,
      unitTypeCode: 'dinas-sosial',
      score,
      category: score >= 88 ? 'A' : 'C',
      rankUnitTypeProvince: rank,
    });
    const changes = compareUnitRows(
      [unit('a', 'Dinas Sosial', 80), unit('b', 'Disdukcapil', 90), unit('c', 'DPMPTSP', 70)],
      [unit('a', 'Dinas Sosial', 90.5), unit('b', 'Disdukcapil', 90), unit('d', 'Puskesmas', 60, null)],
    );
    expect(changes.map((change) => [change.unitName, change.change])).toEqual([
      ['DPMPTSP', 'removed'],
      ['Dinas Sosial', 'changed'],
      ['Puskesmas', 'added'],
    ]);
    expect(changes[1]).toMatchObject({
      before: { score: 80, category: 'C' },
      after: { score: 90.5, category: 'A' },
    });
  });
});
