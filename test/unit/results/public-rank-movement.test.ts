import { describe, expect, it } from 'vitest';
import type { EntityResultRow } from '../../../src/server/db/repositories/results.repository';
import { toPublicResult } from '../../../src/server/presenters/public-results.presenter';

/** Muba as published: 6th of 17 kabupaten/kota in Sumatera Selatan, 120th of 416 kabupaten. */
function row(overrides: Partial<EntityResultRow> = {}): EntityResultRow {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    snapshotId: '00000000-0000-4000-8000-000000000002',
    entityId: '00000000-0000-4000-8000-000000000003',
    entityCode: '16.06',
    entityName: 'Kab. Musi Banyuasin',
    kind: 'pemkab',
    provinceCode: '16',
    provinceName: 'Sumatera Selatan',
    score: 76.77,
    category: 'B',
    opinionLabelId: 'Kepatuhan Tinggi',
    opinionLabelEn: 'High compliance',
    zone: 'hijau',
    categoryColour: 'green',
    zoneColour: 'green',
    rankNational: 120,
    rankNationalOf: 416,
    rankProvince: 6,
    rankProvinceOf: 17,
    computedCategory: 'B',
    computedZone: 'hijau',
    computedRankNational: 120,
    computedRankProvince: 6,
    flags: [],
    isDemoValue: false,
    note: null,
    explanation: null,
    ...overrides,
  };
}

describe('rank movement on public pages', () => {
  it('compares ranks when both years rank the same population', () => {
    const result = toPublicResult(row({ rankProvince: 4, rankNational: 100 }), row());
    expect(result).toMatchObject({
      previousRankProvince: 6,
      previousRankNational: 120,
      previousScore: 76.77,
      rankProvinceNotComparable: null,
      rankNationalNotComparable: null,
    });
  });

  it('shows no rank change between different populations, only the score change and why (3 of 3 vs 6 of 17)', () => {
    const narrowed = row({
      score: 38.81,
      category: 'D',
      rankProvince: 3,
      rankProvinceOf: 3,
      rankNational: 3,
      rankNationalOf: 3,
      flags: ['not-accepted', 'override'],
    });
    const result = toPublicResult(narrowed, row());
    expect(result.previousRankProvince).toBeNull();
    expect(result.previousRankNational).toBeNull();
    expect(result.previousScore).toBe(76.77);
    expect(result.rankProvinceNotComparable?.id).toContain('di antara 17 entitas, tahun ini di antara 3');
    expect(result.rankNationalNotComparable?.en).toContain('ranked 416 entities, this year 3');
    // The flags travel with the figure.
    expect(result.flags).toEqual(['not-accepted', 'override']);
  });

  it('does not compare a rank across entity kinds or provinces', () => {
    const result = toPublicResult(row({ kind: 'pemkot', provinceCode: '17' }), row());
    expect(result.previousRankNational).toBeNull();
    expect(result.previousRankProvince).toBeNull();
    expect(result.rankNationalNotComparable?.en).toContain('kind differs');
    expect(result.rankProvinceNotComparable?.en).toContain('province differs');
  });

  it('has nothing to compare in a first year', () => {
    expect(toPublicResult(row(), undefined)).toMatchObject({
      previousRankNational: null,
      previousRankProvince: null,
      previousScore: null,
      rankNationalNotComparable: null,
      rankProvinceNotComparable: null,
    });
  });
});
