import { describe, expect, it } from 'vitest';
import { diffMethodologies } from '../../../../src/core/methodology/diff-methodologies';
import { loadShippedMethodology } from '../../../helpers/methodology-factory';

describe('diffMethodologies', () => {
  it('finds nothing between an edition and itself', () => {
    const edition = loadShippedMethodology('ombudsman-opini@2026');
    expect(diffMethodologies(edition, edition)).toEqual([]);
  });

  it('shows a corrected revision as exactly its changed cut-offs', () => {
    const old = loadShippedMethodology('ombudsman-kepatuhan@2023');
    const revised = loadShippedMethodology('ombudsman-kepatuhan@2023r1');
    const changes = diffMethodologies(old, revised);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((change) => change.area === 'band' && change.kind === 'changed')).toBe(true);
    expect(changes.every((change) => change.field === 'range')).toBe(true);
    const categories = changes.map((change) => change.code).sort();
    expect(categories).toEqual(expect.arrayContaining(['C', 'D']));
  });

  it('names added, removed and changed weights with their values before and after', () => {
    const from = loadShippedMethodology('ombudsman-opini@2025');
    const to = structuredClone(from);
    const [first, second] = to.dimensions;
    if (!first || !second) throw new Error('two dimensions expected');
    const moved = first.indicators[0];
    if (!moved) throw new Error('an indicator expected');
    first.weight -= 5;
    second.weight += 5;
    const removed = first.indicators.pop();
    first.indicators.push({ ...moved, code: 'BARU-01', weight: 1 });
    const role = to.respondentRoles[0];
    if (role) role.requiredCount += 2;
    const changes = diffMethodologies(from, to);
    expect(changes).toEqual(
      expect.arrayContaining([
        {
          kind: 'changed',
          area: 'dimension',
          code: first.code,
          text: first.text,
          field: 'weight',
          before: String(first.weight + 5),
          after: String(first.weight),
        },
        expect.objectContaining({ kind: 'changed', area: 'dimension', code: second.code, field: 'weight' }),
        expect.objectContaining({ kind: 'added', area: 'indicator', code: 'BARU-01' }),
        expect.objectContaining({ kind: 'removed', area: 'indicator', code: removed?.code }),
        expect.objectContaining({
          kind: 'changed',
          area: 'respondent-role',
          code: role?.code,
          field: 'required-count',
          after: String(role?.requiredCount),
        }),
      ]),
    );
    // Within an area, removed items come after everything present in the newer edition.
    expect(changes.filter((change) => change.area === 'indicator').at(-1)?.kind).toBe('removed');
  });

  it('tells the 2024 method from the 2025 Opini method by its adjustments and bands', () => {
    const changes = diffMethodologies(
      loadShippedMethodology('ombudsman-kepatuhan@2024r1'),
      loadShippedMethodology('ombudsman-opini@2025'),
    );
    const areas = new Set(changes.map((change) => change.area));
    expect(areas.has('adjustment')).toBe(true);
    expect(areas.has('band')).toBe(true);
  });
});
