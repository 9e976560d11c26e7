import type { PublicSurveyDto } from '../../contracts/survey.contract';
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
  'background:#0b4f8a;color:#fff;cursor:pointer}';

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The page shell (styles, viewport, referrer policy) shared with the public-trust survey page. */
export function page(title: string, body: string): string {
  return (
    '<!doctype html><html lang="id"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    '<meta name="robots" content="noindex">' +
    // The site-wide policy is no-referrer, under which a browser posts this form with "Origin: null" and the
    // cross-site check refuses it; same-origin keeps the real origin on the post and sends nothing elsewhere.
    '<meta name="referrer" content="same-origin">' +
    `<title>${escapeHtml(title)}</title><style>${style}</style></head><body><main>${body}</main></body></html>`
  );
}

function header(survey: PublicSurveyDto): string {
  return (
    '<h1>Survei Pengguna Layanan</h1>' +
    `<p class="unit">${escapeHtml(survey.unitName)}<br><span class="muted">${escapeHtml(survey.entityName)}</span></p>` +
    `<p class="quota">${survey.responses}/${survey.target} responden</p>`
  );
}

/** The questionnaire, with the answers already chosen and, after a refused post, each problem in place. */
export function renderSurveyForm(
  survey: PublicSurveyDto,
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
      const problem = problemOf.get(question.indicatorCode);
      const name = escapeHtml(question.indicatorCode);
      const options = question.levels
        .map((level) => {
          const checked = chosen[question.indicatorCode] === String(level.value) ? ' checked' : '';
          return `<label><input type="radio" name="${name}" value="${level.value}" required${checked}>${escapeHtml(level.label.id)}</label>`;
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
    `Survei Pengguna Layanan – ${survey.unitName}`,
    header(survey) +
      '<p>Survei ini <strong>anonim, tanpa login</strong>: tidak ada nama, nomor telepon atau data pribadi ' +
      'yang diminta atau disimpan. Selama Anda menerima layanan di unit ini, seberapa sering Anda mengalami ' +
      'hal-hal berikut? Pilih satu jawaban untuk setiap pertanyaan.</p>' +
      summary +
      `<form method="post" action="/s/${encodeURIComponent(survey.code)}">${fieldsets}` +
      (survey.proofRequired ? receiptField(chosen[receiptFieldName] ?? '') : '') +
      '<button type="submit">Kirim jawaban</button></form>' +
      '<p class="muted">Satu perangkat hanya dapat mengisi sekali untuk setiap unit layanan.</p>',
  );
}

/** The form field of the proof of service (not a question: it is taken out before the answers are checked). */
export const receiptFieldName = 'nomor_bukti';

function receiptField(value: string): string {
  return (
    '<fieldset><legend>Bukti layanan</legend>' +
    `<label for="${receiptFieldName}" style="cursor:auto">Nomor registrasi atau nomor tanda terima layanan Anda ` +
    '(tertera pada bukti pendaftaran, karcis antrean atau tanda terima). Satu nomor hanya dapat dipakai sekali. ' +
    'Bila tidak ada, kosongkan: jawaban Anda tetap dicatat.</label>' +
    `<input id="${receiptFieldName}" name="${receiptFieldName}" type="text" maxlength="64" autocomplete="off" ` +
    `value="${escapeHtml(value)}" style="width:100%;height:auto;box-sizing:border-box;font:inherit;padding:.5rem;margin:0">` +
    '</fieldset>'
  );
}

export function renderSurveyThanks(survey: PublicSurveyDto): string {
  return page(
    'Terima kasih',
    `${header(survey)}<div class="box ok" role="status"><strong>Terima kasih!</strong> Jawaban Anda sudah ` +
      'tercatat. Jawaban Anda membantu Ombudsman menilai kepatuhan pelayanan publik.</div>',
  );
}

export function renderSurveyAlreadyAnswered(survey: PublicSurveyDto): string {
  return page(
    'Jawaban sudah tercatat',
    `${header(survey)}<div class="box info" role="status"><strong>Jawaban dari perangkat ini sudah ` +
      'tercatat.</strong> Setiap perangkat hanya dapat mengisi survei satu kali untuk unit layanan ini. ' +
      'Terima kasih atas partisipasi Anda.</div>',
  );
}

export function renderSurveyClosed(survey: PublicSurveyDto): string {
  return page(
    'Survei ditutup',
    `${header(survey)}<div class="box info" role="status"><strong>Survei sedang tidak menerima jawaban.</strong> ` +
      `${escapeHtml(survey.closedReason?.id ?? '')} Terima kasih atas perhatian Anda.</div>`,
  );
}

/** Not found, a tampered device token, too many requests: a short explanation, nothing about the unit. */
export function renderSurveyNotice(title: string, message: string): string {
  return page(
    title,
    `<h1>Survei Pengguna Layanan</h1><div class="box alert" role="alert"><strong>${escapeHtml(title)}</strong> ` +
      `${escapeHtml(message)}</div>`,
  );
}
