import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertValidMethodology, CoreError, validateMethodology } from '../../../../src/core';
import { buildMethodologyData } from '../../../helpers/methodology-factory';

type Data = ReturnType<typeof buildMethodologyData>;
// biome-ignore lint/suspicious/noExplicitAny: tests reach into raw JSON to break it on purpose
type Loose = any;

function issuesOf(change: (data: Loose) => void) {
  const data: Data = buildMethodologyData();
  change(data as Loose);
  const result = validateMethodology(data);
  return result.ok ? [] : result.issues;
}

function shipped2024(): Loose {
  const path = fileURLToPath(
    new URL('../../../../methodologies/ombudsman-kepatuhan/2024/methodology.json', import.meta.url),
  );
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe('validateMethodology', () => {
  it('accepts the factory edition', () => {
    expect(validateMethodology(buildMethodologyData())).toMatchObject({ ok: true, issues: [] });
  });

  it('reports an indicator weight sum with its path, in Indonesian and English, with 2 decimals', () => {
    const data = shipped2024();
    data.dimensions[1].indicators[4].weight -= 0.5;
    const result = validateMethodology(data);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual({
      path: 'dimensions[1].indicators[10].weight',
      message: {
        id: 'bobot dimensi "Proses" berjumlah 99,50, seharusnya 100',
        en: 'weights of dimension "Process" sum to 99.50, expected 100',
      },
    });
  });

  it('reports dimension weights that do not sum to 100', () => {
    const issues = issuesOf((data) => {
      data.dimensions[0].weight = 40.25;
    });
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'dimensions[1].weight',
        message: expect.objectContaining({
          en: 'weights of the dimensions of this methodology sum to 100.25, expected 100',
        }),
      }),
    ]);
  });

  it('shows 4 decimals when 2 would misleadingly print 100.00', () => {
    const issues = issuesOf((data) => {
      data.dimensions[0].weight = 40.0001;
    });
    expect(issues[0]?.message.en).toContain('sum to 100.0001');
  });

  it('reports shape errors from the schema in both languages', () => {
    const issues = issuesOf((data) => {
      data.status = 'published';
      data.dimensions[0].indicators[0].weight = 'fifty';
    });
    expect(issues.map((issue) => issue.path)).toEqual(['status', 'dimensions[0].indicators[0].weight']);
    for (const issue of issues) {
      expect(issue.message.id).not.toBe(issue.message.en);
      expect(issue.message.id.length).toBeGreaterThan(0);
    }
  });

  it('requires provenance on every weight', () => {
    const issues = issuesOf((data) => {
      delete data.dimensions[1].weightProvenance;
    });
    expect(issues.map((issue) => issue.path)).toEqual(['dimensions[1].weightProvenance']);
  });

  it('reports unknown references and duplicate codes', () => {
    const issues = issuesOf((data) => {
      data.dimensions[0].indicators[0].variable = 'nope';
      data.dimensions[0].indicators[1].scale = 'nope';
      data.dimensions[0].indicators[1].respondentRoles = ['ghost'];
      data.dimensions[1].indicators[0].code = 'I1';
      data.dimensions[1].indicators[0].appliesTo = { unitTypes: ['rumah-sakit'] };
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      'dimensions[0].indicators[0].variable',
      'dimensions[0].indicators[1].scale',
      'dimensions[0].indicators[1].respondentRoles[0]',
      'dimensions[0].variables[0]',
      'dimensions[1].indicators[0].code',
      'dimensions[1].indicators[0].appliesTo.unitTypes[0]',
    ]);
    expect(issues[4]?.message.en).toBe('indicator code "I1" is already used at dimensions[0].indicators[0]');
  });

  it('reports bands with a gap, an overlap, or not covering 0–100', () => {
    expect(
      issuesOf((data) => {
        data.classification.bands[1].max = 87.98;
      }).map((issue) => issue.message.en),
    ).toEqual([
      'category "A" must start at 87.99 (just above 87.98 of category "B"), with no gap or overlap',
    ]);
    expect(
      issuesOf((data) => {
        data.classification.bands[2].min = 53.5;
      }).map((issue) => issue.message.en),
    ).toEqual([
      'category "C" must start at 54.00 (just above 53.99 of category "D"), with no gap or overlap',
    ]);
    expect(
      issuesOf((data) => {
        data.classification.bands[0].max = 99.99;
        data.classification.bands[4].min = 0.01;
      }).map((issue) => issue.path),
    ).toEqual(['classification.bands[0].max', 'classification.bands[4].min']);
    expect(
      issuesOf((data) => {
        data.classification.bands[3].zone = 'ungu';
      }).map((issue) => issue.message.en),
    ).toEqual(['unknown zone "ungu"']);
  });

  it('checks share-meeting-level against the scale and unit-type weights against the unit types', () => {
    expect(
      issuesOf((data) => {
        data.dimensions[0].indicators[0].aggregation = {
          method: 'share-meeting-level',
          level: 7,
          provenance: data.provenance,
        };
      }).map((issue) => issue.path),
    ).toEqual(['dimensions[0].indicators[0].aggregation.level']);
    expect(
      issuesOf((data) => {
        data.aggregation.unitToEntity = {
          method: 'weighted-by-unit-type',
          weights: [{ unitType: 'dinas', weight: 60 }],
          roundUnitScores: false,
          provenance: data.provenance,
        };
      }).map((issue) => issue.message.en),
    ).toEqual(['unit type "puskesmas" has no weight', 'unit-type weights sum to 60.00, expected 100']);
  });

  it('throws a CoreError listing every issue from assertValidMethodology', () => {
    const data: Loose = buildMethodologyData();
    data.dimensions[0].weight = 10;
    data.classification.bands[0].max = 90;
    try {
      assertValidMethodology(data);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CoreError);
      expect((error as CoreError).code).toBe('METHODOLOGY_INVALID');
      expect((error as CoreError).issues).toHaveLength(2);
    }
  });
});
