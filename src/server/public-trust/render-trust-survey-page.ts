import type { PublicTrustSurveyDto } from '../../contracts/public-trust.contract';
import { dontKnowLevel } from '../../core/public-trust/public-trust-question-set';
import { escapeHtml, page } from '../survey/render-survey-page';
import type { SurveyProblem } from '../survey/validate-survey-levels';

/**
 * The public-trust survey as one small server-rendered page, like the service-user survey's (no script, a few
 * KB): the general public opens it from a poster or a shared link on any phone.
 */
const title = 'Survei Kepercayaan Masyarakat';

function header(survey: PublicTrustSurveyDto): string {
  return (
    `<h1>${title}</h1>` +
    `<p class="unit">${escapeHtml(survey.entityName)}</p>` +
    `<p class="quota">${survey.responses}/${survey.target} responden</p>`
  );
}

/** The questionnaire, with the answers already chosen and, after a refused post, each problem in place. */
export function renderTrustSurveyForm(
  survey: PublicTrustSurveyDto,
  chosen: Readonly<Record<string, string>> = {},
  problems: readonly SurveyProblem[] = [],
): string {
  const problemOf = new Map(
    problems.flatMap((problem) =>
      problem.indicatorCode ? [[problem.indicatorCode, problem.message.id]] : [],
    ),
  );
  const summary =
    problems.length > 0
      ? `<div class="box alert" role="alert"><strong>Jawaban belum dapat dikirim:</strong><ul>${problems
          .map((problem) => `<li>${escapeHtml(problem.message.id)}</li>`)
          .join('')}</ul></div>`
      : '';
  const fieldsets = survey.questions
    .map((question, index) => {
      const problem = problemOf.get(question.code);
      const name = escapeHtml(question.code);
      const choices = [
        ...question.levels.map((level) => ({ value: level.value, label: level.label.id })),
        { value: dontKnowLevel, label: question.dontKnow.id },
      ];
      const options = choices
        .map((choice) => {
          const checked = chosen[question.code] === String(choice.value) ? ' checked' : '';
          return `<label><input type="radio" name="${name}" value="${choice.value}" required${checked}>${escapeHtml(choice.label)}</label>`;
        })
        .join('');
      return (
        `<fieldset${problem ? ' class="bad"' : ''}><legend>${index + 1}. ${escapeHtml(question.text.id)}</legend>` +
        (problem ? `<p class="err">${escapeHtml(problem)}</p>` : '') +
        `${options}</fieldset>`
      );
    })
    .join('');
  return page(
    `${title} – ${survey.entityName}`,
    header(survey) +
      '<p>Survei ini untuk <strong>seluruh masyarakat</strong>, juga bila Anda belum pernah dilayani instansi ini. ' +
      'Survei ini <strong>anonim, tanpa login</strong>: tidak ada nama, nomor telepon atau data pribadi yang ' +
      'diminta atau disimpan. Pilih satu jawaban untuk setiap pertanyaan; bila tidak tahu, pilih "Tidak tahu".</p>' +
      summary +
      `<form method="post" action="/k/${encodeURIComponent(survey.code)}">${fieldsets}` +
      '<button type="submit">Kirim jawaban</button></form>' +
      '<p class="muted">Satu perangkat hanya dapat mengisi sekali untuk setiap instansi.</p>',
  );
}

export function renderTrustSurveyThanks(survey: PublicTrustSurveyDto): string {
  return page(
    'Terima kasih',
    `${header(survey)}<div class="box ok" role="status"><strong>Terima kasih!</strong> Jawaban Anda sudah ` +
      'tercatat. Jawaban Anda membantu Ombudsman menilai pelayanan publik instansi ini.</div>',
  );
}

export function renderTrustSurveyAlreadyAnswered(survey: PublicTrustSurveyDto): string {
  return page(
    'Jawaban sudah tercatat',
    `${header(survey)}<div class="box info" role="status"><strong>Jawaban dari perangkat ini sudah ` +
      'tercatat.</strong> Setiap perangkat hanya dapat mengisi survei ini satu kali untuk instansi ini. ' +
      'Terima kasih atas partisipasi Anda.</div>',
  );
}

export function renderTrustSurveyClosed(survey: PublicTrustSurveyDto): string {
  return page(
    'Survei ditutup',
    `${header(survey)}<div class="box info" role="status"><strong>Survei sedang tidak menerima jawaban.</strong> ` +
      `${escapeHtml(survey.closedReason?.id ?? '')} Terima kasih atas perhatian Anda.</div>`,
  );
}
