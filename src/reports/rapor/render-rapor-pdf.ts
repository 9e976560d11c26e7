import { isWellFormedVerificationCode } from '../../core/documents';
import { renderPdfBuffer } from '../pdf/render-pdf-buffer';
import { renderQrSvg } from '../pdf/render-qr-svg';
import { buildRaporDocument } from './build-rapor-document';
import type { RaporInput } from './rapor-input';
import { renderDimensionChartSvg } from './render-dimension-chart-svg';

/** One rapor as PDF bytes: A4 portrait, the dimension chart and the verification QR code as vector graphics. */
export async function renderRaporPdf(input: RaporInput): Promise<Buffer> {
  const qrSvg = await raporQrSvg(input);
  return renderPdfBuffer(buildRaporDocument(input, renderDimensionChartSvg(input), undefined, qrSvg));
}

/** The QR code of the rapor's verification page, when it has a code (a well-formed one: checked here). */
export async function raporQrSvg(input: RaporInput): Promise<string | undefined> {
  if (!input.verification) return undefined;
  if (!isWellFormedVerificationCode(input.verification.code))
    throw new RangeError(`"${input.verification.code}" is not a well-formed verification code`);
  return renderQrSvg(input.verification.url);
}
