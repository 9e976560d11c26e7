import { indexMethodology, isApplicable } from '../methodology/index-methodology';
import type { LocalizedText } from '../methodology/localized-text.schema';
import type { Methodology } from '../methodology/methodology.schema';
import type { CollectionMethod, EvidenceRule, RespondentRole } from '../methodology/structure.schema';

export interface FormQuestion {
  indicatorCode: string;
  text: LocalizedText;
  dimensionCode: string;
  dimensionText: LocalizedText;
  method: CollectionMethod;
  scaleCode: string;
  levels: readonly { value: number; label: LocalizedText }[];
  evidenceRule: EvidenceRule['rule'];
  /** The answer counts only with a supporting document or photo (otherwise it scores as the rule says). */
  needsEvidence: boolean;
}

export interface RespondentForm {
  role: RespondentRole;
  questions: FormQuestion[];
}

/** Every form the field team fills for one unit, generated from the cycle's frozen methodology. */
export interface CollectionForms {
  /** One interview form per respondent role (e.g. the 4 officials), plus the service-user survey role. */
  byRole: RespondentForm[];
  /** The same questions grouped by how they are collected, for the unit-level checklists. */
  byMethod: Record<CollectionMethod, FormQuestion[]>;
}

export function buildCollectionForms(
  methodology: Methodology,
  subject: { entityKind: string; unitType: string },
): CollectionForms {
  const index = indexMethodology(methodology);
  const byMethod: CollectionForms['byMethod'] = {
    interview: [],
    observation: [],
    document: [],
    survey: [],
    'complaint-records': [],
  };
  const questionsByRole = new Map<string, FormQuestion[]>();
  for (const dimension of methodology.dimensions) {
    for (const indicator of dimension.indicators) {
      if (!isApplicable(indicator.appliesTo, subject.entityKind, subject.unitType)) continue;
      const scale = index.scales.get(indicator.scale);
      if (!scale) continue;
      const question: FormQuestion = {
        indicatorCode: indicator.code,
        text: indicator.text,
        dimensionCode: dimension.code,
        dimensionText: dimension.text,
        method: indicator.method,
        scaleCode: indicator.scale,
        levels: scale.scale.levels,
        evidenceRule: indicator.evidence.rule,
        needsEvidence: indicator.evidence.rule !== 'not-required',
      };
      byMethod[indicator.method].push(question);
      for (const roleCode of indicator.respondentRoles) {
        const questions = questionsByRole.get(roleCode) ?? [];
        questions.push(question);
        questionsByRole.set(roleCode, questions);
      }
    }
  }
  const byRole = methodology.respondentRoles
    .filter((role) => isApplicable(role.appliesTo, subject.entityKind, subject.unitType))
    .flatMap((role) => {
      const questions = questionsByRole.get(role.code) ?? [];
      return questions.length > 0 ? [{ role, questions }] : [];
    });
  return { byRole, byMethod };
}
