import { describe, expect, it } from 'vitest';
import { CoreError, classify } from '../../../../src/core';
import { loadShippedMethodology } from '../../../helpers/methodology-factory';

const kepatuhan2024 = loadShippedMethodology('ombudsman-kepatuhan@2024r1');
const superseded2024 = loadShippedMethodology('ombudsman-kepatuhan@2024');
const survei2021 = loadShippedMethodology('ombudsman-survei-kepatuhan@2021');
const opini2025 = loadShippedMethodology('ombudsman-opini@2025');
const skm = loadShippedMethodology('kemenpanrb-skm@2017');

describe('classify', () => {
  it('matches the published data points', () => {
    expect(classify(93.31, kepatuhan2024)).toMatchObject({
      category: 'A',
      zone: 'hijau',
      label: { id: 'Kualitas Tertinggi' },
    });
    expect(classify(58.99, kepatuhan2024)).toMatchObject({ category: 'C', zone: 'kuning' });
    expect(classify(58.03, kepatuhan2024)).toMatchObject({ category: 'C', zone: 'kuning' });
  });

  it.each([
    [31.99, 'E'],
    [32.0, 'D'],
    [53.99, 'D'],
    [54.0, 'C'],
    [55.01, 'C'],
    [77.99, 'C'],
    [78.0, 'B'],
    [87.99, 'B'],
    [88.0, 'A'],
    [0, 'E'],
    [100, 'A'],
  ])('2022–2024 boundary %d → %s', (score, category) => {
    expect(classify(score, kepatuhan2024).category).toBe(category);
  });

  it('keeps the superseded 2024 edition readable with the cut-offs it was published with', () => {
    expect(superseded2024.supersededBy?.ref).toBe('ombudsman-kepatuhan@2024r1');
    expect(classify(55.01, superseded2024)).toMatchObject({ category: 'D', zone: 'merah' });
    expect(classify(55.01, kepatuhan2024)).toMatchObject({ category: 'C', zone: 'kuning' });
  });

  it.each([
    [50.99, 'merah'],
    [51.0, 'kuning'],
    [80.99, 'kuning'],
    [81.0, 'hijau'],
  ])('2021 boundary %d → zone %s', (score, zone) => {
    expect(classify(score, survei2021).zone).toBe(zone);
  });

  it('classifies the rounded score: 87.995 rounds to 88.00 and is A', () => {
    expect(classify(87.995, kepatuhan2024)).toMatchObject({ roundedScore: 88, category: 'A' });
    expect(classify(87.9949, kepatuhan2024)).toMatchObject({ roundedScore: 87.99, category: 'B' });
  });

  it('adds "Tanpa Maladministrasi" in 2025 only when findings were followed up', () => {
    expect(classify(80, opini2025, { followedUpFindings: true }).label).toEqual({
      id: 'Kualitas Tinggi Tanpa Maladministrasi',
      en: 'High quality Without Maladministration',
    });
    expect(classify(80, opini2025).label.id).toBe('Kualitas Tinggi');
    expect(classify(80, kepatuhan2024, { followedUpFindings: true }).label.id).toBe('Kualitas Tinggi');
  });

  it('grades SKM on its own bands', () => {
    expect(classify(88.31, skm).category).toBe('A');
    expect(classify(88.3, skm).category).toBe('B');
    expect(classify(76.61, skm).category).toBe('B');
    expect(classify(76.6, skm).category).toBe('C');
    expect(classify(65, skm).category).toBe('C');
    expect(classify(64.99, skm).category).toBe('D');
  });

  it('rejects scores outside 0–100 with a bilingual error', () => {
    expect(() => classify(100.01, kepatuhan2024)).toThrow(CoreError);
    expect(() => classify(-0.01, kepatuhan2024)).toThrow(/outside 0–100/);
    expect(() => classify(Number.NaN, kepatuhan2024)).toThrow(CoreError);
  });
});
