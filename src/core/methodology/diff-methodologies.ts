import type { LocalizedText } from './localized-text.schema';
import type { Methodology } from './methodology.schema';

/** The parts of an edition a reader compares: the tree, who answers, the scales and the categories. */
export type MethodologyChangeArea =
  | 'dimension'
  | 'indicator'
  | 'respondent-role'
  | 'scale'
  | 'band'
  | 'unit-type'
  | 'adjustment';

export type MethodologyChangeField =
  | 'weight'
  | 'dimension'
  | 'method'
  | 'scale'
  | 'evidence'
  | 'respondent-roles'
  | 'required-count'
  | 'scope'
  | 'levels'
  | 'range'
  | 'label';

/**
 * One difference between two editions. `added`/`removed` name a whole item; `changed` names one field with its
 * value before and after, as plain text (weights as numbers, lists joined with ", "), so any screen can show it.
 */
export interface MethodologyChange {
  kind: 'added' | 'removed' | 'changed';
  area: MethodologyChangeArea;
  code: string;
  text: LocalizedText;
  field?: MethodologyChangeField;
  before?: string;
  after?: string;
}

interface Comparable {
  code: string;
  text: LocalizedText;
  fields: Partial<Record<MethodologyChangeField, string>>;
}

/**
 * What changed from `from` to `to`, item by item, in the order of `to` (removed items last). Items are matched by
 * code, so a renamed code reads as one removed and one added. Pure: the web page runs it on two editions it has
 * loaded.
 */
export function diffMethodologies(from: Methodology, to: Methodology): MethodologyChange[] {
  return [
    ...diffArea('dimension', dimensionsOf(from), dimensionsOf(to)),
    ...diffArea('indicator', indicatorsOf(from), indicatorsOf(to)),
    ...diffArea('respondent-role', rolesOf(from), rolesOf(to)),
    ...diffArea('scale', scalesOf(from), scalesOf(to)),
    ...diffArea('band', bandsOf(from), bandsOf(to)),
    ...diffArea('unit-type', unitTypesOf(from), unitTypesOf(to)),
    ...diffArea('adjustment', adjustmentsOf(from), adjustmentsOf(to)),
  ];
}

function diffArea(
  area: MethodologyChangeArea,
  before: readonly Comparable[],
  after: readonly Comparable[],
): MethodologyChange[] {
  const beforeByCode = new Map(before.map((item) => [item.code, item]));
  const afterCodes = new Set(after.map((item) => item.code));
  const changes: MethodologyChange[] = [];
  for (const item of after) {
    const old = beforeByCode.get(item.code);
    if (!old) {
      changes.push({ kind: 'added', area, code: item.code, text: item.text });
      continue;
    }
    const fields = new Set([
      ...Object.keys(old.fields),
      ...Object.keys(item.fields),
    ]) as Set<MethodologyChangeField>;
    for (const field of fields) {
      const was = old.fields[field];
      const is = item.fields[field];
      if (was === is) continue;
      changes.push({
        kind: 'changed',
        area,
        code: item.code,
        text: item.text,
        field,
        ...(was === undefined ? {} : { before: was }),
        ...(is === undefined ? {} : { after: is }),
      });
    }
  }
  for (const item of before)
    if (!afterCodes.has(item.code)) changes.push({ kind: 'removed', area, code: item.code, text: item.text });
  return changes;
}

function dimensionsOf(methodology: Methodology): Comparable[] {
  return methodology.dimensions.map((dimension) => ({
    code: dimension.code,
    text: dimension.text,
    fields: { weight: String(dimension.weight) },
  }));
}

function indicatorsOf(methodology: Methodology): Comparable[] {
  return methodology.dimensions.flatMap((dimension) =>
    dimension.indicators.map((indicator) => ({
      code: indicator.code,
      text: indicator.text,
      fields: {
        dimension: dimension.code,
        weight: String(indicator.weight),
        method: indicator.method,
        scale: indicator.scale,
        evidence: indicator.evidence.rule,
        'respondent-roles': indicator.respondentRoles.join(', '),
      },
    })),
  );
}

function rolesOf(methodology: Methodology): Comparable[] {
  return methodology.respondentRoles.map((role) => ({
    code: role.code,
    text: role.text,
    fields: { 'required-count': String(role.requiredCount), scope: role.scope },
  }));
}

function scalesOf(methodology: Methodology): Comparable[] {
  return methodology.scales.map((scale) => ({
    code: scale.code,
    text: scale.text,
    fields: { levels: scale.levels.map((level) => `${level.value} ${level.label.id}`).join(', ') },
  }));
}

function bandsOf(methodology: Methodology): Comparable[] {
  const { decimals } = methodology.classification.rounding;
  return methodology.classification.bands.map((band) => ({
    code: band.category,
    text: band.label,
    fields: {
      range: `${band.min.toFixed(decimals)}–${band.max.toFixed(decimals)}`,
      label: band.label.id,
    },
  }));
}

function unitTypesOf(methodology: Methodology): Comparable[] {
  return methodology.unitTypes.map((unitType) => ({ code: unitType.code, text: unitType.text, fields: {} }));
}

function adjustmentsOf(methodology: Methodology): Comparable[] {
  return methodology.aggregation.adjustments.map((adjustment): Comparable => {
    if (adjustment.kind === 'oversight-deduction')
      return {
        code: adjustment.code,
        text: adjustment.text,
        fields: {
          weight: `-${adjustment.points}${adjustment.maximumScoreAfter === null ? '' : ` ≤ ${adjustment.maximumScoreAfter}`}`,
        },
      };
    if (adjustment.kind === 'public-trust-blend')
      return {
        code: adjustment.code,
        text: adjustment.text,
        fields: { weight: `${adjustment.dimensionsWeight} / ${adjustment.publicTrustWeight}` },
      };
    return {
      code: adjustment.code,
      text: adjustment.text,
      fields: {
        weight: adjustment.elements.map((element) => `${element.code} ${element.weight}`).join(', '),
      },
    };
  });
}
