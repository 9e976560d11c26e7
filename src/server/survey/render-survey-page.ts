import type { PublicSurveyDto } from '../../contracts/survey.contract';
import type { BilingualMessage } from '../errors';
import { type SurveyPageLanguage, surveyPageTexts } from './survey-page-texts';
import type { SurveyProblem } from './validate-survey-levels';

/**
 * The public survey as one small HTML page (a few KB, no script, styles inline): it must open quickly on a
 * cheap phone on a slow network, so it is rendered on the server rather than by the web app.
 */

const style =
  'body{margin:0;font:16px/1.45 system-ui,sans-serif;color:#1a1b1e;background:#f4f6f8}' +
  'main{max-width:36rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh;box-sizing:border-box}' +
  'h1{font-size:1.3rem;margin:.2rem 0 .6rem;color:#0b4f8a}.unit{margin:0 0 .5rem;font-weight:600}' +
  '.muted{color:#555;font-size:.92rem}.quota{display:inline-block;background:#e7f0fa;color:#0b4f8a;' +
  'border-radius:1rem;padding:.15rem .7rem;font-weight:600;margin:.2rem 0 .8rem}' +
  'fieldset{border:1px solid #ccd3da;border-radius:.5rem;margin:0 0 1rem;padding:.6rem .8rem}' +
  'legend{font-weight:600;padding:0 .3rem}label{display:block;padding:.45rem .2rem;cursor:pointer}' +
  'input{width:1.15rem;height:1.15rem;vertical-align:-.2rem;margin-right:.5rem}' +
  '.bad{border-color:#c92a2a;background:#fff5f5}.err{color:#c92a2a;margin:.3rem 0}' +
  '.box{border-radius:.5rem;padding:.7rem .9rem;margin:0 0 1rem}.alert{background:#fff5f5;border:1px solid #c92a2a}' +
  '.ok{background:#ebfbee;border:1px solid #2b8a3e}.info{background:#f1f3f5;border:1px solid #ccd3da}' +
  'button{width:100%;font:inherit;font-weight:600;padding:.8rem;border:0;border-radius:.5rem;' +
  'background:#0b4f8a;color:#fff;cursor:pointer}.hint{color:#444;font-size:.92rem;margin:0 0 .3rem}' +
  '.lang{text-align:right;margin:0}.lang a{display:inline-block;padding:.6rem .2rem;color:#0b4f8a;font-weight:600}';

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The page shell (styles, viewport, referrer policy) shared with the public-trust survey page. */
export function page(title: string, body: string, language: SurveyPageLanguage = 'id'): string {
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    '<meta name="robots" content="noindex">' +
    // The site-wide policy is no-referrer, under which a browser posts this form with "Origin: null" and the
    // cross-site check refuses it; same-origin keeps the real origin on the post and sends nothing elsewhere.
    '<meta name="referrer" content="same-origin">' +
    `<title>${escapeHtml(title)}</title><style>${style}</style></head><body><main>${body}</main></body></html>`
  );
}

/** A survey page's address in a language: Indonesian has no parameter, English `?lang=en`. */
export function pagePathIn(basePath: string, language: SurveyPageLanguage): string {
  return `${basePath}${language === 'en' ? '?lang=en' : ''}`;
}

export function surveyPath(code: string, language: SurveyPageLanguage): string {
  return pagePathIn(`/s/${encodeURIComponent(code)}`, language);
}

/** The other language, one tap away at the top of every page about the unit (or the entity). */
export function languageLink(basePath: string, language: SurveyPageLanguage): string {
  const other = language === 'en' ? 'id' : 'en';
  const texts = surveyPageTexts[language];
  return (
    `<p class="lang"><a href="${pagePathIn(basePath, other)}" hreflang="${other}" lang="${other}" ` +
    `aria-label="${escapeHtml(texts.otherLanguageName)}">${escapeHtml(texts.otherLanguage)}</a></p>`
  );
}

function header(survey: PublicSurveyDto, language: SurveyPageLanguage): string {
  const texts = surveyPageTexts[language];
  return (
    languageLink(`/s/${encodeURIComponent(survey.code)}`, language) +
    `<h1>${texts.heading}</h1>` +
    `<p class="unit">${escapeHtml(survey.unitName)}<br><span class="muted">${escapeHtml(survey.entityName)}</span></p>` +
    `<p class="quota">${survey.responses}/${survey.target} ${texts.respondents}</p>`
  );
}

/** The questionnaire, with the answers already chosen and, after a refused post, each problem in place. */
export function renderSurveyForm(
  survey: PublicSurveyDto,
  chosen: Readonly<Record<string, string>> = {},
  problems: readonly SurveyProblem[] = [],
  language: SurveyPageLanguage = 'id',
): string {
  const texts = surveyPageTexts[language];
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
      const problem = problemOf.get(question.indicatorCode);
      const name = escapeHtml(question.indicatorCode);
      const hintId = `hint-${name}`;
      const options = question.levels
        .map((level) => {
          const checked = chosen[question.indicatorCode] === String(level.value) ? ' checked' : '';
          return `<label><input type="radio" name="${name}" value="${level.value}" required${checked}>${escapeHtml(level.label[language])}</label>`;
        })
        .join('');
      const hint = question.explanation
        ? `<p class="hint" id="${hintId}">${escapeHtml(question.explanation[language])}</p>`
        : '';
      return (
        `<fieldset${problem ? ' class="bad"' : ''}${question.explanation ? ` aria-describedby="${hintId}"` : ''}>` +
        `<legend>${index + 1}. ${escapeHtml(question.text[language])}</legend>${hint}` +
        (problem ? `<p class="err">${escapeHtml(problem)}</p>` : '') +
        `${options}</fieldset>`
      );
    })
    .join('');
  return page(
    `${texts.heading} – ${survey.unitName}`,
    header(survey, language) +
      `<p>${texts.intro}</p>` +
      summary +
      `<form method="post" action="${surveyPath(survey.code, language)}">${fieldsets}` +
      (survey.proofRequired ? receiptField(chosen[receiptFieldName] ?? '', language) : '') +
      `<button type="submit">${texts.send}</button></form>` +
      `<p class="muted">${texts.oncePerDevice}</p>`,
    language,
  );
}

/** The form field of the proof of service (not a question: it is taken out before the answers are checked). */
export const receiptFieldName = 'nomor_bukti';

function receiptField(value: string, language: SurveyPageLanguage): string {
  const texts = surveyPageTexts[language];
  return (
    `<fieldset><legend>${texts.proofLegend}</legend>` +
    `<label for="${receiptFieldName}" style="cursor:auto">${texts.proofLabel}</label>` +
    `<input id="${receiptFieldName}" name="${receiptFieldName}" type="text" maxlength="64" autocomplete="off" ` +
    `value="${escapeHtml(value)}" style="width:100%;height:auto;box-sizing:border-box;font:inherit;padding:.5rem;margin:0">` +
    '</fieldset>'
  );
}

export function renderSurveyThanks(survey: PublicSurveyDto, language: SurveyPageLanguage = 'id'): string {
  const texts = surveyPageTexts[language];
  return page(
    texts.thanksTitle,
    `${header(survey, language)}<div class="box ok" role="status">${texts.thanks}</div>`,
    language,
  );
}

export function renderSurveyAlreadyAnswered(
  survey: PublicSurveyDto,
  language: SurveyPageLanguage = 'id',
): string {
  const texts = surveyPageTexts[language];
  return page(
    texts.answeredTitle,
    `${header(survey, language)}<div class="box info" role="status">${texts.answered}</div>`,
    language,
  );
}

export function renderSurveyClosed(survey: PublicSurveyDto, language: SurveyPageLanguage = 'id'): string {
  const texts = surveyPageTexts[language];
  return page(
    texts.closedTitle,
    `${header(survey, language)}<div class="box info" role="status">${texts.closedLead} ` +
      `${escapeHtml(survey.closedReason?.[language] ?? '')} ${texts.closedTail}</div>`,
    language,
  );
}

/** Not found, a tampered device token, too many requests: a short explanation, nothing about the unit. */
export function renderSurveyNotice(title: string, message: string, language: SurveyPageLanguage): string {
  return page(
    title,
    `<h1>${surveyPageTexts[language].heading}</h1><div class="box alert" role="alert">` +
      `<strong>${escapeHtml(title)}</strong> ${escapeHtml(message)}</div>`,
    language,
  );
}

/** The answer-limit notice of both survey pages: the reason, and the way round it on a shared network. */
export function renderSurveyLimitNotice(reason: BilingualMessage, language: SurveyPageLanguage): string {
  const texts = surveyPageTexts[language];
  return renderSurveyNotice(texts.limitTitle, `${reason[language]} ${texts.limitSharedNetwork}`, language);
}
