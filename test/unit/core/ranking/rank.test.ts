import { describe, expect, it } from 'vitest';
import { CoreError, classify, rank } from '../../../../src/core';
import { loadShippedMethodology } from '../../../helpers/methodology-factory';
import { sumatraSelatan2023 } from '../../../helpers/methodology-published-data';

describe('rank', () => {
  it('ranks and classifies Sumatera Selatan 2023 exactly as published', () => {
    const methodology = loadShippedMethodology('ombudsman-kepatuhan@2023');
    const shuffled = [...sumatraSelatan2023]
      .reverse()
      .map(([name, score]) => ({ name, score, province: '16' }));
    const ranked = rank(shuffled, { groupBy: ['province'] });
    expect(
      ranked.map((entry) => [
        entry.name,
        entry.roundedScore,
        entry.rank,
        classify(entry.score, methodology).category,
      ]),
    ).toEqual(sumatraSelatan2023);
  });

  it('gives equal 2-decimal scores the same rank and skips the next (1, 2, 2, 4), ties by name', () => {
    const ranked = rank([
      { name: 'Delta', score: 80 },
      { name: 'bravo', score: 85.004 },
      { name: 'Alfa', score: 90 },
      { name: 'Charlie', score: 84.995 },
    ]);
    expect(ranked.map((entry) => [entry.name, entry.rank])).toEqual([
      ['Alfa', 1],
      ['bravo', 2],
      ['Charlie', 2],
      ['Delta', 4],
    ]);
  });

  it('ranks within groups: national per kind, per province, per unit type', () => {
    const ranked = rank(
      [
        { name: 'Muba', score: 93.31, kind: 'pemkab', province: '16' },
        { name: 'Lubuklinggau', score: 95.7, kind: 'pemkot', province: '16' },
        { name: 'Kendari', score: 70, kind: 'pemkot', province: '74' },
        { name: 'Konawe', score: 80, kind: 'pemkab', province: '74' },
      ],
      { groupBy: ['kind'] },
    );
    expect(ranked.map((entry) => [entry.group, entry.name, entry.rank, entry.groupSize])).toEqual([
      ['kind=pemkab', 'Muba', 1, 2],
      ['kind=pemkab', 'Konawe', 2, 2],
      ['kind=pemkot', 'Lubuklinggau', 1, 2],
      ['kind=pemkot', 'Kendari', 2, 2],
    ]);
    const units = rank(
      [
        { id: 'muba-dinsos', name: 'Dinas Sosial Muba', score: 97, province: '16', unitType: 'dinas-sosial' },
        {
          id: 'plg-dinsos',
          name: 'Dinas Sosial Palembang',
          score: 91,
          province: '16',
          unitType: 'dinas-sosial',
        },
      ],
      { groupBy: ['province', 'unitType'] },
    );
    expect(units[0]).toMatchObject({
      id: 'muba-dinsos',
      rank: 1,
      group: 'province=16|unitType=dinas-sosial',
    });
  });

  it('reports movement against the previous ranking (Muba in Sumsel: 9th → 4th)', () => {
    const previous = rank([
      { name: 'Musi Banyuasin', score: 80 },
      ...Array.from({ length: 8 }, (_, i) => ({ name: `E${i}`, score: 90 - i })),
    ]);
    const current = rank(
      [
        { name: 'Musi Banyuasin', score: 91.72 },
        ...Array.from({ length: 8 }, (_, i) => ({ name: `E${i}`, score: 95 - i })),
      ],
      { previous },
    );
    expect(previous.find((entry) => entry.name === 'Musi Banyuasin')?.rank).toBe(9);
    expect(current.find((entry) => entry.name === 'Musi Banyuasin')).toMatchObject({
      rank: 5,
      previousRank: 9,
      movement: 4,
    });
    expect(rank([{ name: 'New', score: 50 }], { previous })[0]).toMatchObject({
      previousRank: null,
      movement: null,
    });
  });

  it('refuses scores outside 0–100 and duplicates within a group', () => {
    expect(() => rank([{ name: 'X', score: 101 }])).toThrow(CoreError);
    expect(() =>
      rank([
        { name: 'X', score: 1 },
        { name: 'X', score: 2 },
      ]),
    ).toThrow(/twice/);
  });
});
