import { describe, expect, it } from 'vitest';
import type { PublicResult } from '../../../src/contracts/public-results.contract';
import {
  colourGroupsOf,
  hasNoMaladministrationSuffix,
} from '../../../src/web/features/portal/opinion-colours';

const result = (zone: string, colour: string, label: string, category = 'A'): PublicResult =>
  ({
    zone,
    zoneColour: colour,
    category,
    categoryColour: `${colour}-c`,
    opinionLabel: { id: label, en: label },
  }) as PublicResult;

describe('portal colours by opinion label (Opini editions) or zone (2022–2024)', () => {
  it('groups the four opinion levels in order with their colours and counts', () => {
    const groups = colourGroupsOf(
      [
        result('sedang', '#f9a825', 'Kualitas Sedang', 'C'),
        result('tertinggi', '#1b5e20', 'Kualitas Tertinggi Tanpa Maladministrasi'),
        result('rendah', '#c62828', 'Kualitas Rendah', 'D'),
        result('tertinggi', '#1b5e20', 'Kualitas Tertinggi'),
        result('tinggi', '#43a047', 'Kualitas Tinggi', 'B'),
      ],
      'zone',
    );
    expect(groups).toEqual([
      { code: 'tertinggi', colour: '#1b5e20', count: 2 },
      { code: 'tinggi', colour: '#43a047', count: 1 },
      { code: 'sedang', colour: '#f9a825', count: 1 },
      { code: 'rendah', colour: '#c62828', count: 1 },
    ]);
  });

  it('keeps the 2022–2024 zones in their order, and groups by category when asked', () => {
    const results = [
      result('merah', '#c62828', 'Kualitas Rendah', 'D'),
      result('hijau', '#2e7d32', 'Kualitas Tertinggi'),
      result('kuning', '#f9a825', 'Kualitas Sedang', 'C'),
    ];
    expect(colourGroupsOf(results, 'zone').map((group) => group.code)).toEqual(['hijau', 'kuning', 'merah']);
    expect(colourGroupsOf(results, 'category').map((group) => [group.code, group.colour])).toEqual([
      ['A', '#2e7d32-c'],
      ['C', '#f9a825-c'],
      ['D', '#c62828-c'],
    ]);
  });

  it('tells the suffixed label apart', () => {
    expect(
      hasNoMaladministrationSuffix(result('tertinggi', '', 'Kualitas Tertinggi Tanpa Maladministrasi')),
    ).toBe(true);
    expect(hasNoMaladministrationSuffix(result('tertinggi', '', 'Kualitas Tertinggi'))).toBe(false);
  });
});
