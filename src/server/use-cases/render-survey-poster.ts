import { renderPdfBuffer } from '../../reports/pdf/render-pdf-buffer';
import { renderQrSvg } from '../../reports/pdf/render-qr-svg';
import type { RequestActor } from '../auth/request-actor';
import { requireLocusUnit } from '../collection/require-locus-unit';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { findSurveyTargetByCode } from '../db/repositories/survey.repository';
import { DomainError } from '../errors';
import { buildSurveyPoster } from '../survey/build-survey-poster';
import { surveyFormOf } from '../survey/survey-questions';
import { surveyUrl } from '../survey/survey-url';

/** The printable A4 poster of a unit's survey link (PDF). The link must have been made first. */
export async function renderSurveyPoster(
  db: Queryable,
  actor: RequestActor,
  params: { year: number; entityCode: string; unitId: string },
  baseUrl: string,
): Promise<{ bytes: Buffer; fileName: string }> {
  const { cycle, entity, locusUnit } = await requireLocusUnit(db, actor, 'collection.read', params);
  const code = locusUnit.surveyCode;
  const target = code ? await findSurveyTargetByCode(db, code) : undefined;
  if (!code || !target) {
    throw new DomainError('CONFLICT', {
      id: 'Unit ini belum memiliki tautan survei; buat tautannya terlebih dahulu, lalu unduh posternya.',
      en: 'This unit has no survey link yet; create the link first, then download its poster.',
    });
  }
  const url = surveyUrl(baseUrl, code);
  const edition = await editionOfCycle(cycle);
  const form = surveyFormOf(edition, { entityKind: target.entityKind, unitType: target.unitTypeCode });
  const definition = buildSurveyPoster({
    unitName: target.unitName,
    entityName: target.entityName,
    year: cycle.year,
    url,
    questionCount: form.questions.length,
    qrSvg: await renderQrSvg(url),
  });
  return {
    bytes: await renderPdfBuffer(definition),
    fileName: `poster-survei-${cycle.year}-${entity.code}-${code}.pdf`,
  };
}
