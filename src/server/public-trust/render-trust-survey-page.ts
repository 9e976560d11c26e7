import type { PublicTrustSurveyDto } from '../../contracts/public-trust.contract';
import { dontKnowLevel } from '../../core/public-trust/public-trust-question-set';
import { escapeHtml, languageLink, page, pagePathIn } from '../survey/render-survey-page';
import type { SurveyPageLanguage } from '../survey/survey-page-texts';
import type { SurveyProblem } from '../survey/validate-survey-levels';
import { trustSurveyPageTexts } from './trust-survey-page-texts';

/**
 * The public-trust survey as one small server-rendered page, like the service-user survey's (no script, a few
 * KB): the general public opens it from a poster or a shared link on any phone, in Indonesian or `?lang=en`.
 */
function header(survey: PublicTrustSurveyDto, language: SurveyPageLanguage): string {
  const texts = trustSurveyPageTexts[language];
  return (
    languageLink(`/k/${encodeURIComponent(survey.code)}`, language) +
    `<h1>${texts.heading}</h1>` +
    `<p class="unit">${escapeHtml(survey.entityName)}</p>` +
    `<p class="quota">${survey.responses}/${survey.target} ${texts.respondents}</p>`
  );
}

/** The questionnaire, with the answers already chosen and, after a refused post, each problem in place. */
export function renderTrustSurveyForm(
  survey: PublicTrustSurveyDto,
  chosen: Readonly<Record<string, string>> = {},
  problems: readonly SurveyProblem[] = [],
  language: SurveyPageLanguage = 'id',
): string {
  const texts = trustSurveyPageTexts[language];
  const problemOf = new Map(
    problems.flatMap((problem) =>
      problem.indicatorCode ? [[problem.indicatorCode, problem.message[language]]] : [],
    ),
  );
  const summary =
    problems.length > 0
      ? `<div class="box alert" role="alert"><strong>${texts.notSent}</strong><ul>${problems
          .map((problem) => `<li>${escapeHtml(problem.message[language])}</li>`)
          .join('')}</ul></div>`
      : '';
  const fieldsets = survey.questions
    .map((question, index) => {
      const problem = problemOf.get(question.code);
      const name = escapeHtml(question.code);
      const choices = [
        ...question.levels.map((level) => ({ value: level.value, label: level.label[language] })),
        { value: dontKnowLevel, label: question.dontKnow[language] },
      ];
      const options = choices
        .map((choice) => {
          const checked = chosen[question.code] === String(choice.value) ? ' checked' : '';
          return `<label><input type="radio" name="${name}" value="${choice.value}" required${checked}>${escapeHtml(choice.label)}</label>`;
        })
        .join('');
      return (
        `<fieldset${problem ? ' class="bad"' : ''}><legend>${index + 1}. ${escapeHtml(question.text[language])}</legend>` +
        (problem ? `<p class="err">${escapeHtml(problem)}</p>` : '') +
        `${options}</fieldset>`
      );
    })
    .join('');
  return page(
    `${texts.heading} – ${survey.entityName}`,
    header(survey, language) +
      `<p>${texts.intro}</p>` +
      summary +
      `<form method="post" action="${pagePathIn(`/k/${encodeURIComponent(survey.code)}`, language)}">${fieldsets}` +
      `<button type="submit">${texts.send}</button></form>` +
      `<p class="muted">${texts.oncePerDevice}</p>`,
    language,
  );
}

export function renderTrustSurveyThanks(
  survey: PublicTrustSurveyDto,
  language: SurveyPageLanguage = 'id',
): string {
  const texts = trustSurveyPageTexts[language];
  return page(
    texts.thanksTitle,
    `${header(survey, language)}<div class="box ok" role="status">${texts.thanks}</div>`,
    language,
  );
}

export function renderTrustSurveyAlreadyAnswered(
  survey: PublicTrustSurveyDto,
  language: SurveyPageLanguage = 'id',
): string {
  const texts = trustSurveyPageTexts[language];
  return page(
    texts.answeredTitle,
    `${header(survey, language)}<div class="box info" role="status">${texts.answered}</div>`,
    language,
  );
}

export function renderTrustSurveyClosed(
  survey: PublicTrustSurveyDto,
  language: SurveyPageLanguage = 'id',
): string {
  const texts = trustSurveyPageTexts[language];
  return page(
    texts.closedTitle,
    `${header(survey, language)}<div class="box info" role="status">${texts.closedLead} ` +
      `${escapeHtml(survey.closedReason?.[language] ?? '')} ${texts.closedTail}</div>`,
    language,
  );
}
