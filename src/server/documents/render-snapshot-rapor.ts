import { renderPdfBuffer } from '../../reports/pdf/render-pdf-buffer';
import { buildRaporDocument } from '../../reports/rapor/build-rapor-document';
import type { RaporInput } from '../../reports/rapor/rapor-input';
import { raporQrSvg, renderRaporPdf } from '../../reports/rapor/render-rapor-pdf';

const detailMissing = {
  id: 'Nilai per dimensi dan indikator, catatan asesor serta rekomendasi perbaikan tidak tersedia untuk hasil ini: yang tersimpan hanya nilai akhir yang ditetapkan.',
  en: 'Scores per dimension and indicator, assessors’ notes and recommended improvements are not available for this result: only the published totals are stored.',
};

/**
 * A rapor of a stored snapshot. With the scoring detail (computed snapshots) it is the full layout; without it
 * (imported totals) it keeps the summary and the unit table and states plainly what is missing instead of
 * printing empty sections (or "already in the best category").
 */
export async function renderSnapshotRaporPdf(input: RaporInput, hasDetail: boolean): Promise<Buffer> {
  if (hasDetail) return renderRaporPdf(input);
  const emptyChart = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
  return renderPdfBuffer(
    buildRaporDocument(
      input,
      emptyChart,
      { detailMissingNote: detailMissing[input.language] },
      await raporQrSvg(input),
    ),
  );
}
