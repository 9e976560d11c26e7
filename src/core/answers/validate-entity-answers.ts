import type { ValidationIssue } from '../errors/core-error';
import { indexMethodology, isApplicable } from '../methodology/index-methodology';
import type { Methodology } from '../methodology/methodology.schema';
import type { EntityAnswers, UnitAnswers } from './entity-answers';

/**
 * Checks answers against the edition they claim to follow: known codes, levels on the scale, each respondent
 * answering only indicators asked of their role, once. Scoring refuses input with any of these problems.
 */
export function validateEntityAnswers(entity: EntityAnswers, methodology: Methodology): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!methodology.entityKinds.some((kind) => kind.code === entity.kind)) {
    issues.push({
      path: 'entity.kind',
      message: {
        id: `jenis entitas "${entity.kind}" tidak dikenal`,
        en: `unknown entity kind "${entity.kind}"`,
      },
    });
  }
  if (
    entity.publicTrustScore !== undefined &&
    !(entity.publicTrustScore >= 0 && entity.publicTrustScore <= 100)
  ) {
    issues.push({
      path: 'entity.publicTrustScore',
      message: { id: 'skor kepercayaan publik harus 0–100', en: 'public-trust score must be 0–100' },
    });
  }
  const complianceScore = entity.oversight?.complianceScore;
  if (complianceScore !== undefined && !(complianceScore >= 0 && complianceScore <= 100)) {
    issues.push({
      path: 'entity.oversight.complianceScore',
      message: {
        id: 'skor kepatuhan produk pengawasan harus 0–100',
        en: 'oversight compliance score must be 0–100',
      },
    });
  }
  const unitCodes = new Set<string>();
  entity.units.forEach((unit, u) => {
    if (unitCodes.has(unit.code)) {
      issues.push({
        path: `entity.units[${u}].code`,
        message: { id: `kode unit "${unit.code}" ganda`, en: `duplicate unit code "${unit.code}"` },
      });
    }
    unitCodes.add(unit.code);
    issues.push(...validateUnitAnswers(unit, entity.kind, methodology, `entity.units[${u}]`));
  });
  if (methodology.aggregation.unitToEntity.method === 'weighted-by-products') {
    entity.units.forEach((unit, u) => {
      if (unit.serviceProducts === undefined) {
        issues.push({
          path: `entity.units[${u}].serviceProducts`,
          message: {
            id: 'jumlah produk layanan wajib diisi: metodologi ini membobot unit menurut produk',
            en: 'service product count is required: this methodology weights units by products',
          },
        });
      }
    });
  }
  return issues;
}

export function validateUnitAnswers(
  unit: UnitAnswers,
  entityKind: string,
  methodology: Methodology,
  basePath = 'unit',
): ValidationIssue[] {
  const index = indexMethodology(methodology);
  const issues: ValidationIssue[] = [];
  const push = (path: string, id: string, en: string) =>
    issues.push({ path: `${basePath}.${path}`, message: { id, en } });
  if (!methodology.unitTypes.some((type) => type.code === unit.type)) {
    push('type', `jenis unit "${unit.type}" tidak dikenal`, `unknown unit type "${unit.type}"`);
  }
  if (
    unit.serviceProducts !== undefined &&
    !(Number.isInteger(unit.serviceProducts) && unit.serviceProducts >= 0)
  ) {
    push(
      'serviceProducts',
      'jumlah produk layanan harus bilangan bulat ≥ 0',
      'service products must be an integer ≥ 0',
    );
  }
  const respondentRoles = new Map<string, string>();
  unit.respondents.forEach((respondent, r) => {
    if (respondentRoles.has(respondent.id)) {
      push(
        `respondents[${r}].id`,
        `responden "${respondent.id}" ganda`,
        `duplicate respondent "${respondent.id}"`,
      );
    }
    respondentRoles.set(respondent.id, respondent.role);
    const role = index.roles.get(respondent.role);
    if (role === undefined) {
      push(
        `respondents[${r}].role`,
        `peran "${respondent.role}" tidak dikenal`,
        `unknown role "${respondent.role}"`,
      );
    } else if (!isApplicable(role.appliesTo, entityKind, unit.type)) {
      push(
        `respondents[${r}].role`,
        `peran "${respondent.role}" tidak berlaku untuk unit ini`,
        `role "${respondent.role}" does not apply to this unit`,
      );
    }
  });
  // Indicators answered per respondent: a nested lookup, cheaper than building a string key per answer.
  const answered = new Map<string, Set<string>>();
  unit.answers.forEach((answer, a) => {
    const path = `answers[${a}]`;
    const entry = index.indicators.get(answer.indicator);
    if (entry === undefined) {
      push(
        `${path}.indicator`,
        `indikator "${answer.indicator}" tidak dikenal`,
        `unknown indicator "${answer.indicator}"`,
      );
      return;
    }
    const role = respondentRoles.get(answer.respondent);
    if (role === undefined) {
      push(
        `${path}.respondent`,
        `responden "${answer.respondent}" tidak ada di unit ini`,
        `respondent "${answer.respondent}" is not in this unit`,
      );
    } else if (!entry.indicator.respondentRoles.includes(role)) {
      push(
        `${path}.respondent`,
        `indikator "${answer.indicator}" tidak ditanyakan kepada peran "${role}"`,
        `indicator "${answer.indicator}" is not asked of role "${role}"`,
      );
    }
    if (!entry.scale.values.includes(answer.level)) {
      push(
        `${path}.level`,
        `tingkat ${answer.level} tidak ada di skala "${entry.scale.scale.code}" (${entry.scale.values.join(', ')})`,
        `level ${answer.level} is not on scale "${entry.scale.scale.code}" (${entry.scale.values.join(', ')})`,
      );
    }
    if (!isApplicable(entry.indicator.appliesTo, entityKind, unit.type)) {
      push(
        `${path}.indicator`,
        `indikator "${answer.indicator}" tidak berlaku untuk unit ini`,
        `indicator "${answer.indicator}" does not apply to this unit`,
      );
    }
    let byRespondent = answered.get(answer.respondent);
    if (byRespondent === undefined) {
      byRespondent = new Set();
      answered.set(answer.respondent, byRespondent);
    }
    if (byRespondent.has(answer.indicator)) {
      push(
        path,
        `responden "${answer.respondent}" menjawab indikator "${answer.indicator}" lebih dari sekali`,
        `respondent "${answer.respondent}" answered indicator "${answer.indicator}" more than once`,
      );
    }
    byRespondent.add(answer.indicator);
  });
  return issues;
}
