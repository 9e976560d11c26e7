import { describe, expect, it } from 'vitest';
import {
  compareRevisionScoring,
  type Indicator,
  listProvenance,
  type Methodology,
  scoreEntity,
  scoreUnit,
} from '../../../../src/core';
import { loadMethodologyCatalog } from '../../../../src/server/methodologies/load-methodology-catalog';
import { defaultUnitTypes } from '../../../../src/server/reference-data/default-unit-types';
import { buildFullUnit, topLevel } from '../../../helpers/methodology-answers-factory';
import { buildEntity, loadShippedMethodology } from '../../../helpers/methodology-factory';

const pemkab = { entityKind: 'pemkab' };

function unitWith(methodology: Methodology, level: (indicator: Indicator) => number, code = 'dinsos') {
  return buildFullUnit(methodology, { code, type: 'dinas-sosial', level, serviceProducts: 1 });
}

describe('the shipped catalogue', () => {
  it('holds the ten editions, all valid, each with a content hash', async () => {
    const catalog = await loadMethodologyCatalog();
    expect(catalog.invalid).toEqual([]);
    expect(catalog.editions.map((entry) => entry.ref)).toEqual([
      'kemenpanrb-skm@2017',
      'ombudsman-kepatuhan@2022',
      'ombudsman-kepatuhan@2022r1',
      'ombudsman-kepatuhan@2023',
      'ombudsman-kepatuhan@2023r1',
      'ombudsman-kepatuhan@2024',
      'ombudsman-kepatuhan@2024r1',
      'ombudsman-opini@2025',
      'ombudsman-opini@2026',
      'ombudsman-survei-kepatuhan@2021',
    ]);
    for (const entry of catalog.editions) expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the content hash of the superseded 2022–2024 editions: cycles frozen on them still load', async () => {
    const catalog = await loadMethodologyCatalog();
    const hashOf = (ref: string) => catalog.editions.find((entry) => entry.ref === ref)?.sha256;
    // The hashes these files had before `supersededBy` was written into them.
    expect(hashOf('ombudsman-kepatuhan@2022')).toBe(
      'f3ff377d5cd0a1c8fa87887f2121ee7c2df3262cbcc73834872b7b2729e209e1',
    );
    expect(hashOf('ombudsman-kepatuhan@2023')).toBe(
      '6f63deed2e38318d37db85f3907dfd2e1b8509723f6cb0884f0e4b02e35ca7b9',
    );
    expect(hashOf('ombudsman-kepatuhan@2024')).toBe(
      '59d7a817b438230e737dc31043f6946c2c3aa6521fbefa3c0471fbf70b135073',
    );
  });

  it.each(['2022', '2023', '2024'])(
    'ombudsman-kepatuhan@%sr1 corrects only the C/D/E cut-offs (and, for 2024, the unit types)',
    (year) => {
      const old = loadShippedMethodology(`ombudsman-kepatuhan@${year}`);
      const revised = loadShippedMethodology(`ombudsman-kepatuhan@${year}r1`);
      expect(old.supersededBy?.ref).toBe(`ombudsman-kepatuhan@${year}r1`);
      expect(old.supersededBy?.reason.en).toContain('C 54.00–77.99, D 32.00–53.99, E 0–31.99');
      expect(revised.revisionOf?.ref).toBe(`ombudsman-kepatuhan@${year}`);
      expect(revised.classification.bands.map((band) => [band.category, band.min, band.max])).toEqual([
        ['A', 88, 100],
        ['B', 78, 87.99],
        ['C', 54, 77.99],
        ['D', 32, 53.99],
        ['E', 0, 31.99],
      ]);
      expect(revised.dimensions).toEqual(old.dimensions);
      expect(revised.aggregation).toEqual(old.aggregation);
      expect(revised.respondentRoles).toEqual(old.respondentRoles);
      // So a cycle frozen on the old edition may move to the revision (docs/decisions/005).
      expect(compareRevisionScoring(old, revised)).toEqual([]);
      const reweighted = structuredClone(revised);
      const first = reweighted.dimensions[0];
      if (first) first.weight += 1;
      reweighted.unitTypes = reweighted.unitTypes.filter((unitType) => unitType.code !== 'puskesmas');
      expect(compareRevisionScoring(old, reweighted)).toEqual(['dimensions', 'unitTypes.puskesmas']);
      const types = revised.unitTypes.map((unitType) => unitType.code);
      if (year === '2024') expect(types).toEqual(expect.arrayContaining(['rsud', 'unit-layanan-lain']));
      else expect(types).toEqual(old.unitTypes.map((unitType) => unitType.code));
    },
  );

  it('Opini editions are in force, without zones, and know every default unit type', () => {
    for (const ref of ['ombudsman-opini@2025', 'ombudsman-opini@2026']) {
      const opini = loadShippedMethodology(ref);
      expect(opini.status).toBe('active');
      expect(opini.classification.hasZones).toBe(false);
      expect(opini.classification.bands.map((band) => [band.label.id, band.min])).toEqual([
        ['Kualitas Tertinggi', 88],
        ['Kualitas Tinggi', 78],
        ['Kualitas Sedang', 54],
        ['Kualitas Rendah', 0],
      ]);
      const elements = opini.aggregation.adjustments.flatMap((adjustment) =>
        adjustment.kind === 'opinion-elements' ? adjustment.elements : [],
      );
      expect(
        elements.map((element) => [element.code, element.weight, element.weightProvenance.status]),
      ).toEqual([
        ['instrument', 70, 'assumed'],
        ['public-trust', 30, 'assumed'],
        ['oversight-compliance', 0, 'assumed'],
      ]);
      const types = new Set(opini.unitTypes.map((unitType) => unitType.code));
      for (const unitType of defaultUnitTypes) expect(types.has(unitType.code)).toBe(true);
      expect(types.has('sekolah')).toBe(true);
    }
  });

  it('ombudsman-kepatuhan@2024r1 knows every default unit type but the school, sampled only from 2025', () => {
    // A school under the 2024 method is named with its unit before finalising (finalise-unit-types.test.ts).
    const types = new Set(loadShippedMethodology('ombudsman-kepatuhan@2024r1').unitTypes.map((t) => t.code));
    expect(defaultUnitTypes.filter((unitType) => !types.has(unitType.code)).map((t) => t.code)).toEqual([
      'sekolah',
    ]);
  });

  it('marks every weight with its provenance, and the confirmed 2023 weights as confirmed', () => {
    const m2023 = loadShippedMethodology('ombudsman-kepatuhan@2023');
    expect(
      m2023.dimensions.map((dimension) => [dimension.weight, dimension.weightProvenance.status]),
    ).toEqual([
      [21.85, 'confirmed'],
      [32.37, 'confirmed'],
      [24.24, 'confirmed'],
      [21.54, 'confirmed'],
    ]);
    const m2024 = loadShippedMethodology('ombudsman-kepatuhan@2024');
    expect(m2024.dimensions.every((dimension) => dimension.weightProvenance.status === 'assumed')).toBe(true);
    expect(listProvenance(m2024).filter((entry) => entry.path.endsWith('weightProvenance')).length).toBe(
      4 + m2024.dimensions.reduce((sum, dimension) => sum + dimension.indicators.length, 0),
    );
  });
});

describe('hand-computed examples per edition', () => {
  it('ombudsman-kepatuhan@2023: every indicator at 3 except Proses at 2 → 21.85 + 32.37·⅔ + 24.24 + 21.54 = 89.21 A', () => {
    const methodology = loadShippedMethodology('ombudsman-kepatuhan@2023');
    const result = scoreUnit(
      unitWith(methodology, (indicator) => (indicator.code.startsWith('PRS') ? 2 : 3)),
      methodology,
      pemkab,
    );
    expect(result.roundedScore).toBe(89.21);
    expect(result.classification).toMatchObject({ category: 'A', zone: 'hijau' });
    expect(methodology.dimensions[0]?.indicators).toHaveLength(15);
  });

  it('ombudsman-kepatuhan@2022: 13 Input indicators; only INP-K01 (12.22 % of Input) at 0 → 100 − 21.85·0.1222 = 97.33', () => {
    const methodology = loadShippedMethodology('ombudsman-kepatuhan@2022');
    expect(methodology.dimensions[0]?.indicators).toHaveLength(13);
    const result = scoreUnit(
      unitWith(methodology, (indicator) => (indicator.code === 'INP-K01' ? 0 : 3)),
      methodology,
      pemkab,
    );
    expect(result.roundedScore).toBe(97.33);
  });

  it('ombudsman-kepatuhan@2024: a perfect entity that ignored oversight products is held at 77.99 (not green)', () => {
    const methodology = loadShippedMethodology('ombudsman-kepatuhan@2024');
    const unit = unitWith(methodology, (indicator) => topLevel(methodology, indicator));
    const clean = scoreEntity(buildEntity([unit]), methodology);
    expect(clean.roundedScore).toBe(100);
    const ignored = scoreEntity(
      buildEntity([unit], { oversight: { ignoredProducts: 1, followedUpFindings: false } }),
      methodology,
    );
    expect(ignored.classification).toMatchObject({ roundedScore: 77.99, category: 'C', zone: 'kuning' });
  });

  it('ombudsman-survei-kepatuhan@2021: yes/no, product-weighted: (1·100 + 2·33.33) / 3 = 55.55 Kuning', () => {
    const methodology = loadShippedMethodology('ombudsman-survei-kepatuhan@2021');
    const full = buildFullUnit(methodology, {
      code: 'a',
      type: 'dinas-sosial',
      level: () => 1,
      serviceProducts: 1,
    });
    const third = buildFullUnit(methodology, {
      code: 'b',
      type: 'puskesmas',
      level: (indicator) => (Number(indicator.code.slice(4)) <= 5 ? 1 : 0),
      serviceProducts: 2,
    });
    const result = scoreEntity(buildEntity([full, third]), methodology);
    expect(result.units.map((unit) => unit.roundedScore)).toEqual([100, 33.33]);
    expect(result.roundedScore).toBe(55.55);
    expect(result.classification).toMatchObject({ zone: 'kuning', label: { id: 'Kepatuhan Sedang' } });
  });

  it('ombudsman-opini@2025: 70 % · 100 + 30 % · trust 50 = 85 → "Kualitas Tinggi Tanpa Maladministrasi"', () => {
    const methodology = loadShippedMethodology('ombudsman-opini@2025');
    const unit = unitWith(methodology, (indicator) => topLevel(methodology, indicator));
    const result = scoreEntity(
      buildEntity([unit], {
        publicTrustScore: 50,
        oversight: { ignoredProducts: 0, followedUpFindings: true },
      }),
      methodology,
    );
    expect(result.roundedScore).toBe(85);
    expect(result.classification.label.id).toBe('Kualitas Tinggi Tanpa Maladministrasi');
  });

  it('kemenpanrb-skm@2017: elements U1–U8 at 3, U9 at 4 → (8·3 + 4)/9 · 25 = 77.78 B', () => {
    const methodology = loadShippedMethodology('kemenpanrb-skm@2017');
    const unit = buildFullUnit(methodology, {
      code: 'loket',
      type: 'unit-pelayanan',
      level: (indicator) => (indicator.code === 'U9' ? 4 : 3),
      withEvidence: false,
    });
    const result = scoreUnit(unit, methodology, { entityKind: 'pemkot' });
    expect(result.roundedScore).toBe(77.78);
    expect(result.classification).toMatchObject({ category: 'B', label: { id: 'Baik' } });
    const allOnes = buildFullUnit(methodology, {
      code: 'x',
      type: 'unit-pelayanan',
      level: () => 1,
      withEvidence: false,
    });
    expect(scoreUnit(allOnes, methodology, { entityKind: 'pemkot' }).score).toBe(25);
  });
});
