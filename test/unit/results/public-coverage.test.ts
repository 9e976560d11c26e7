import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../../src/contracts/entities.contract';
import { toPublicCoverage } from '../../../src/server/presenters/public-coverage.presenter';

describe('toPublicCoverage ("N of M assessed")', () => {
  const directory = new Map<EntityKind, number>([
    ['pemprov', 38],
    ['pemkab', 416],
    ['pemkot', 98],
    ['kementerian', 3],
  ]);

  it('counts the published rows per kind against the directory, in kind order, leaving out kinds not assessed', () => {
    const rows = [{ kind: 'pemkot' }, { kind: 'pemkab' }, { kind: 'pemkab' }, { kind: 'pemprov' }];
    expect(toPublicCoverage(rows, directory)).toEqual([
      { kind: 'pemprov', assessed: 1, inDirectory: 38 },
      { kind: 'pemkab', assessed: 2, inDirectory: 416 },
      { kind: 'pemkot', assessed: 1, inDirectory: 98 },
    ]);
  });

  it('never says fewer in the directory than were assessed (ministries the directory does not list)', () => {
    const rows = Array.from({ length: 38 }, () => ({ kind: 'kementerian' }));
    expect(toPublicCoverage(rows, directory)).toEqual([
      { kind: 'kementerian', assessed: 38, inDirectory: 38 },
    ]);
    expect(toPublicCoverage([{ kind: 'lembaga' }], directory)).toEqual([
      { kind: 'lembaga', assessed: 1, inDirectory: 1 },
    ]);
  });
});
