import { isWellFormedVerificationCode } from '../../core/documents';
import { renderPdfBuffer } from '../pdf/render-pdf-buffer';
import { renderQrSvg } from '../pdf/render-qr-svg';
import { buildPiagamDocument } from './build-piagam-document';
import { type PiagamInput, piagamInputSchema } from './piagam-input';

/** One piagam as PDF bytes: A4 landscape, one page, with a QR code of the verification URL. */
export async function renderPiagamPdf(input: PiagamInput): Promise<Buffer> {
  const parsed = piagamInputSchema.parse(input);
  if (!isWellFormedVerificationCode(parsed.verification.code)) {
    throw new RangeError(`"${parsed.verification.code}" is not a well-formed verification code`);
  }
  const qrSvg = await renderQrSvg(parsed.verification.url);
  return renderPdfBuffer(buildPiagamDocument(parsed, qrSvg));
}
