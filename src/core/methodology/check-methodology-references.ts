import type { ValidationIssue } from '../errors/core-error';
import { findDuplicateCodes } from './find-duplicate-codes';
import type { Methodology } from './methodology.schema';
import type { Applicability } from './structure.schema';

/** Every code that points somewhere must point at something that exists, and codes must be unique. */
export function checkMethodologyReferences(methodology: Methodology): ValidationIssue[] {
  const issues: ValidationIssue[] = [
    ...findDuplicateCodes(methodology.entityKinds, (i) => `entityKinds[${i}].code`, kindWord),
    ...findDuplicateCodes(methodology.unitTypes, (i) => `unitTypes[${i}].code`, unitTypeWord),
    ...findDuplicateCodes(methodology.respondentRoles, (i) => `respondentRoles[${i}].code`, roleWord),
    ...findDuplicateCodes(methodology.scales, (i) => `scales[${i}].code`, scaleWord),
    ...findDuplicateCodes(methodology.dimensions, (i) => `dimensions[${i}].code`, dimensionWord),
  ];
  const kinds = new Set(methodology.entityKinds.map((kind) => kind.code));
  const unitTypes = new Set(methodology.unitTypes.map((type) => type.code));
  const roles = new Set(methodology.respondentRoles.map((role) => role.code));
  const scales = new Map(methodology.scales.map((scale) => [scale.code, scale]));

  methodology.scales.forEach((scale, s) => {
    scale.levels.forEach((level, l) => {
      const previous = scale.levels[l - 1];
      if (previous !== undefined && level.value <= previous.value) {
        issues.push(
          issue(`scales[${s}].levels[${l}].value`, {
            id: `tingkat skala "${scale.code}" harus naik berurutan`,
            en: `levels of scale "${scale.code}" must be in ascending order`,
          }),
        );
      }
    });
    const lowest = scale.levels[0]?.value ?? 0;
    if (scale.normalisation === 'ratio-to-max' && lowest < 0) {
      issues.push(
        issue(`scales[${s}].normalisation`, {
          id: `normalisasi ratio-to-max memerlukan tingkat tidak negatif pada skala "${scale.code}"`,
          en: `ratio-to-max normalisation needs non-negative levels in scale "${scale.code}"`,
        }),
      );
    }
  });

  methodology.respondentRoles.forEach((role, r) => {
    issues.push(...checkApplicability(role.appliesTo, `respondentRoles[${r}].appliesTo`, kinds, unitTypes));
  });

  const indicatorPaths = new Map<string, string>();
  methodology.dimensions.forEach((dimension, d) => {
    issues.push(
      ...findDuplicateCodes(
        dimension.variables,
        (i) => `dimensions[${d}].variables[${i}].code`,
        variableWord,
      ),
    );
    const variables = new Set(dimension.variables.map((variable) => variable.code));
    const usedVariables = new Set<string>();
    dimension.indicators.forEach((indicator, i) => {
      const path = `dimensions[${d}].indicators[${i}]`;
      const firstPath = indicatorPaths.get(indicator.code);
      if (firstPath !== undefined) {
        issues.push(
          issue(`${path}.code`, {
            id: `kode indikator "${indicator.code}" sudah dipakai di ${firstPath}`,
            en: `indicator code "${indicator.code}" is already used at ${firstPath}`,
          }),
        );
      }
      indicatorPaths.set(indicator.code, path);
      usedVariables.add(indicator.variable);
      if (!variables.has(indicator.variable)) {
        issues.push(unknownCode(`${path}.variable`, indicator.variable, variableWord));
      }
      const scale = scales.get(indicator.scale);
      if (scale === undefined) issues.push(unknownCode(`${path}.scale`, indicator.scale, scaleWord));
      indicator.respondentRoles.forEach((role, r) => {
        if (!roles.has(role)) issues.push(unknownCode(`${path}.respondentRoles[${r}]`, role, roleWord));
      });
      issues.push(...checkApplicability(indicator.appliesTo, `${path}.appliesTo`, kinds, unitTypes));
      const aggregation = indicator.aggregation ?? methodology.aggregation.respondentsToIndicator;
      if (
        aggregation.method === 'share-meeting-level' &&
        scale !== undefined &&
        !scale.levels.some((level) => level.value === aggregation.level)
      ) {
        issues.push(
          issue(
            indicator.aggregation ? `${path}.aggregation.level` : 'aggregation.respondentsToIndicator.level',
            {
              id: `tingkat ${aggregation.level} tidak ada di skala "${scale.code}" indikator "${indicator.code}"`,
              en: `level ${aggregation.level} is not in scale "${scale.code}" of indicator "${indicator.code}"`,
            },
          ),
        );
      }
    });
    dimension.variables.forEach((variable, v) => {
      if (!usedVariables.has(variable.code)) {
        issues.push(
          issue(`dimensions[${d}].variables[${v}]`, {
            id: `variabel "${variable.code}" tidak memiliki indikator`,
            en: `variable "${variable.code}" has no indicators`,
          }),
        );
      }
    });
  });

  const unitToEntity = methodology.aggregation.unitToEntity;
  if (unitToEntity.method === 'weighted-by-unit-type') {
    issues.push(
      ...findDuplicateCodes(
        unitToEntity.weights.map((weight) => ({ code: weight.unitType })),
        (i) => `aggregation.unitToEntity.weights[${i}].unitType`,
        unitTypeWord,
      ),
    );
    const weighted = new Set(unitToEntity.weights.map((weight) => weight.unitType));
    unitToEntity.weights.forEach((weight, w) => {
      if (!unitTypes.has(weight.unitType)) {
        issues.push(
          unknownCode(`aggregation.unitToEntity.weights[${w}].unitType`, weight.unitType, unitTypeWord),
        );
      }
    });
    for (const type of unitTypes) {
      if (!weighted.has(type)) {
        issues.push(
          issue('aggregation.unitToEntity.weights', {
            id: `jenis unit "${type}" tidak memiliki bobot`,
            en: `unit type "${type}" has no weight`,
          }),
        );
      }
    }
  }
  issues.push(
    ...findDuplicateCodes(methodology.aggregation.adjustments, (i) => `aggregation.adjustments[${i}].code`, {
      id: 'penyesuaian',
      en: 'adjustment',
    }),
  );
  const blends = methodology.aggregation.adjustments.filter(
    (adjustment) => adjustment.kind === 'public-trust-blend' || adjustment.kind === 'opinion-elements',
  );
  if (blends.length > 1) {
    issues.push(
      issue('aggregation.adjustments', {
        id: 'paling banyak satu penyesuaian public-trust-blend atau opinion-elements',
        en: 'at most one public-trust-blend or opinion-elements adjustment',
      }),
    );
  }
  methodology.aggregation.adjustments.forEach((adjustment, a) => {
    if (adjustment.kind !== 'opinion-elements') return;
    issues.push(
      ...findDuplicateCodes(adjustment.elements, (e) => `aggregation.adjustments[${a}].elements[${e}].code`, {
        id: 'elemen opini',
        en: 'opinion element',
      }),
    );
  });
  return issues;
}

function checkApplicability(
  appliesTo: Applicability | undefined,
  path: string,
  kinds: ReadonlySet<string>,
  unitTypes: ReadonlySet<string>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  appliesTo?.entityKinds?.forEach((kind, k) => {
    if (!kinds.has(kind)) issues.push(unknownCode(`${path}.entityKinds[${k}]`, kind, kindWord));
  });
  appliesTo?.unitTypes?.forEach((type, t) => {
    if (!unitTypes.has(type)) issues.push(unknownCode(`${path}.unitTypes[${t}]`, type, unitTypeWord));
  });
  return issues;
}

function issue(path: string, message: { id: string; en: string }): ValidationIssue {
  return { path, message };
}

function unknownCode(path: string, code: string, what: { id: string; en: string }): ValidationIssue {
  return issue(path, { id: `${what.id} "${code}" tidak dikenal`, en: `unknown ${what.en} "${code}"` });
}

const kindWord = { id: 'jenis entitas', en: 'entity kind' };
const unitTypeWord = { id: 'jenis unit', en: 'unit type' };
const roleWord = { id: 'peran responden', en: 'respondent role' };
const scaleWord = { id: 'skala', en: 'scale' };
const dimensionWord = { id: 'dimensi', en: 'dimension' };
const variableWord = { id: 'variabel', en: 'variable' };
