import { renderPdfBuffer } from '../../reports/pdf/render-pdf-buffer';
import { renderQrSvg } from '../../reports/pdf/render-qr-svg';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { findTrustSurveyCode } from '../db/repositories/public-trust.repository';
import { DomainError } from '../errors';
import { requireExistingLocus } from '../loci/require-locus-in-scope';
import { trustQuestionSetOf } from '../public-trust/trust-question-set';
import { buildSurveyPoster } from '../survey/build-survey-poster';
import { trustSurveyUrl } from './get-trust-survey';

/** The printable A4 poster of an entity's public-trust survey link (PDF), for public places, not one counter. */
export async function renderTrustSurveyPoster(
  db: Queryable,
  actor: RequestActor,
  target: { year: number; entityCode: string },
  baseUrl: string,
): Promise<{ bytes: Buffer; fileName: string }> {
  const cycle = await requireCycle(db, target.year);
  const { entity, locus } = await requireExistingLocus(
    db,
    actor,
    'collection.read',
    cycle,
    target.entityCode,
  );
  const code = await findTrustSurveyCode(db, locus.id);
  if (!code) {
    throw new DomainError('CONFLICT', {
      id: 'Instansi ini belum memiliki tautan survei kepercayaan masyarakat; buat tautannya terlebih dahulu, lalu unduh posternya.',
      en: 'This agency has no public-trust survey link yet; create the link first, then download its poster.',
    });
  }
  const url = trustSurveyUrl(baseUrl, code);
  const set = await trustQuestionSetOf(await editionOfCycle(cycle));
  const definition = buildSurveyPoster({
    unitName: entity.officialName,
    entityName: 'Untuk seluruh masyarakat, termasuk yang belum pernah menerima layanannya',
    year: cycle.year,
    url,
    questionCount: set.questions.length,
    qrSvg: await renderQrSvg(url),
    wording: {
      title: 'SURVEI KEPERCAYAAN MASYARAKAT',
      tagline: 'Seberapa percaya Anda pada pelayanan publik instansi ini?',
      about: `Jawab ${set.questions.length} pertanyaan singkat tentang kepercayaan Anda pada pelayanan publik instansi ini. Bila tidak tahu, pilih "Tidak tahu".`,
    },
  });
  return {
    bytes: await renderPdfBuffer(definition),
    fileName: `poster-survei-kepercayaan-${cycle.year}-${entity.code}-${code}.pdf`,
  };
}
