import type { SurveyQuestion } from '../../contracts/survey.contract';
import { buildCollectionForms } from '../../core/collection/build-collection-forms';
import { serviceUserRoleCode } from '../collection/to-unit-answers';
import type { CatalogEntry } from '../methodologies/load-methodology-catalog';

export interface SurveyForm {
  questions: SurveyQuestion[];
  /** Responses wanted: the service-user role's required count in the edition. */
  target: number;
}

/** Editions never change once used, so one form per edition, entity kind and unit type is enough. */
const formCache = new Map<string, SurveyForm>();

/**
 * The survey a service user answers about a unit: the edition's survey-method indicators asked of the
 * service-user role (the Output "perception of maladministration" ones), each with its scale's levels.
 */
export function surveyFormOf(
  edition: CatalogEntry,
  subject: { entityKind: string; unitType: string },
): SurveyForm {
  const key = `${edition.ref}|${edition.sha256}|${subject.entityKind}|${subject.unitType}`;
  const cached = formCache.get(key);
  if (cached) return cached;
  const forms = buildCollectionForms(edition.methodology, subject);
  const roleForm = forms.byRole.find((form) => form.role.code === serviceUserRoleCode);
  const questions = (roleForm?.questions ?? [])
    .filter((question) => question.method === 'survey')
    .map((question) => ({
      indicatorCode: question.indicatorCode,
      text: { id: question.text.id, en: question.text.en },
      // Added per request by explainSurveyQuestions: the catalogue is no part of the frozen edition.
      explanation: null,
      levels: question.levels.map((level) => ({
        value: level.value,
        label: { id: level.label.id, en: level.label.en },
      })),
    }));
  const role = edition.methodology.respondentRoles.find(
    (candidate) => candidate.code === serviceUserRoleCode,
  );
  const form = { questions, target: role?.requiredCount ?? 0 };
  formCache.set(key, form);
  return form;
}
