import type { Content } from 'pdfmake/interfaces';
import type { RaporInput } from './rapor-input';

const PAGE_WIDTH = 595.28;
const QR_SIZE = 62;
/** Width the office's letterhead may take at the left of the header band (the title moves right of it). */
export const RAPOR_LETTERHEAD_WIDTH = 56;

const verifyLabel = { id: 'Periksa keaslian', en: 'Verify' } as const;

/**
 * What the rapor's header band adds when set: the office's letterhead at its left, and at its right the QR code
 * of the rapor's verification page with its short code under it (white on the navy band).
 */
export function raporHeaderMarks(input: RaporInput, qrSvg: string | undefined): Content[] {
  const marks: Content[] = [];
  if (input.letterhead)
    marks.push({
      image: input.letterhead,
      fit: [RAPOR_LETTERHEAD_WIDTH, RAPOR_LETTERHEAD_WIDTH],
      absolutePosition: { x: 40, y: 18 },
    });
  if (input.verification && qrSvg)
    marks.push({
      absolutePosition: { x: PAGE_WIDTH - 40 - QR_SIZE - 10, y: 6 },
      columns: [
        {
          width: QR_SIZE + 20,
          stack: [
            { svg: qrSvg, width: QR_SIZE, alignment: 'center' },
            {
              text: input.verification.code,
              fontSize: 7,
              bold: true,
              color: '#ffffff',
              alignment: 'center',
              margin: [0, 1, 0, 0],
            },
            {
              text: verifyLabel[input.language],
              fontSize: 5.5,
              color: '#c9d1e0',
              alignment: 'center',
            },
          ],
        },
      ],
    });
  return marks;
}
