import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatLongDate } from '../../core/documents';
import { formatDecimal } from '../../core/numbers/format-decimal';
import { roundHalfUp } from '../../core/numbers/round-half-up';
import { isWinAnsiText, type PdfFont } from '../pdf/render-pdf-buffer';
import { drawPiagamFrame, PIAGAM_GOLD, PIAGAM_NAVY } from './draw-piagam-frame';
import type { PiagamInput } from './piagam-input';
import { type PiagamWording, piagamWording } from './piagam-wording';

const INK = '#222222';
const MUTED = '#5b6472';

/** The pdfmake definition of one piagam: A4 landscape, one page. `qrSvg` encodes the verification URL. */
export function buildPiagamDocument(input: PiagamInput, qrSvg: string): TDocumentDefinitions {
  const words = piagamWording(input);
  const language = input.language;
  const score = formatDecimal(roundHalfUp(input.score, 2), 2, language);
  const opinion = language === 'en' ? (input.opinion.en ?? input.opinion.id) : input.opinion.id;
  const zone = language === 'en' ? (input.zone.label.en ?? input.zone.label.id) : input.zone.label.id;
  const recipientSize = input.recipient.name.length > 60 ? 22 : input.recipient.name.length > 40 ? 27 : 33;
  const content: Content[] = [
    { text: input.issuer.name.toUpperCase(), style: 'issuer' },
    ...(input.issuer.office ? [{ text: input.issuer.office, style: 'office' }] : []),
    { canvas: [rule(220)], alignment: 'center', margin: [0, 10, 0, 16] },
    { text: words.title, style: 'title' },
    { text: words.subtitle, style: 'subtitle' },
    { text: words.presentedTo, style: 'presented' },
    { text: input.recipient.name, style: 'recipient', fontSize: recipientSize },
    ...(input.recipient.entityName ? [{ text: input.recipient.entityName, style: 'recipientEntity' }] : []),
    { text: words.achievement, style: 'achievement' },
    resultRow(
      words,
      score,
      input.category,
      opinion,
      input.zoneless === true ? null : zone,
      input.zone.colour,
    ),
    ...(input.notices ?? []).map((notice) => ({ text: notice, style: 'notice' })),
    { text: words.decree, style: 'decree' },
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [70, 60, 70, 40],
    info: {
      title: `${words.title} — ${input.recipient.name} — ${input.year}`,
      author: input.issuer.name,
      subject: input.verification.code,
    },
    background: (_page, size) => ({ canvas: drawPiagamFrame(size.width, size.height, input.zone.colour) }),
    content: [...letterheadOf(input), ...content, footer(input, words.verify, qrSvg)],
    defaultStyle: { font: fontFor(input, words), color: INK, fontSize: 11 },
    styles: {
      issuer: { fontSize: 15, bold: true, color: PIAGAM_NAVY, alignment: 'center', characterSpacing: 2 },
      office: { fontSize: 11, color: PIAGAM_NAVY, alignment: 'center', margin: [0, 2, 0, 0] },
      title: { fontSize: 30, bold: true, color: PIAGAM_GOLD, alignment: 'center', characterSpacing: 2 },
      subtitle: { fontSize: 12, color: PIAGAM_NAVY, alignment: 'center', margin: [0, 4, 0, 18] },
      presented: { fontSize: 11, italics: true, color: MUTED, alignment: 'center' },
      recipient: { bold: true, color: PIAGAM_NAVY, alignment: 'center', margin: [0, 6, 0, 2] },
      recipientEntity: { fontSize: 13, color: PIAGAM_NAVY, alignment: 'center' },
      achievement: { fontSize: 11, color: MUTED, alignment: 'center', margin: [0, 10, 0, 12] },
      decree: { fontSize: 9, italics: true, color: MUTED, alignment: 'center', margin: [0, 10, 0, 0] },
      notice: { fontSize: 9, bold: true, color: '#b42318', alignment: 'center', margin: [0, 6, 0, 0] },
      cellLabel: { fontSize: 8, bold: true, color: MUTED, alignment: 'center', characterSpacing: 0.6 },
      cellValue: { fontSize: 20, bold: true, color: PIAGAM_NAVY, alignment: 'center' },
    },
  };
}

/** The office's letterhead, inside the frame at the top left so the centred title block keeps its place. */
function letterheadOf(input: PiagamInput): Content[] {
  if (!input.letterhead) return [];
  return [{ image: input.letterhead, fit: [64, 64], absolutePosition: { x: 78, y: 56 } }];
}

function rule(width: number) {
  return {
    type: 'line' as const,
    x1: 0,
    y1: 0,
    x2: width,
    y2: 0,
    lineWidth: 1,
    lineColor: PIAGAM_GOLD,
  };
}

/**
 * Score, category, opinion and zone side by side; the zone cell is filled with the zone's colour. Zone-less
 * editions (`zone` null) print the opinion wider in its place.
 */
function resultRow(
  words: ReturnType<typeof piagamWording>,
  score: string,
  category: string,
  opinion: string,
  zone: string | null,
  zoneColour: string,
): Content {
  const cell = (label: string, value: string, fontSize = 20) => ({
    stack: [
      { text: label, style: 'cellLabel' },
      { text: value, style: 'cellValue', fontSize, margin: valueMargin(fontSize) },
    ],
    margin: [6, 6, 6, 6] as [number, number, number, number],
  });
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        table: {
          widths: zone === null ? [90, 80, 290] : [90, 80, 170, 110],
          body: [
            [
              cell(words.score, score),
              cell(words.category, category),
              cell(words.opinion, opinion, 14),
              ...(zone === null
                ? []
                : [
                    {
                      ...cell(words.zone, zone.toUpperCase(), 14),
                      fillColor: zoneColour,
                      stack: [
                        { text: words.zone, style: 'cellLabel', color: '#ffffff' },
                        {
                          text: zone.toUpperCase(),
                          style: 'cellValue',
                          fontSize: 14,
                          color: '#ffffff',
                          margin: valueMargin(14),
                        },
                      ],
                    },
                  ]),
            ],
          ],
        },
        layout: {
          hLineWidth: () => 0.8,
          vLineWidth: () => 0.8,
          hLineColor: () => PIAGAM_GOLD,
          vLineColor: () => PIAGAM_GOLD,
          paddingTop: () => 4,
          paddingBottom: () => 4,
        },
      },
      { width: '*', text: '' },
    ],
  };
}

/** Smaller values sit lower so every value in the row shares one baseline area. */
function valueMargin(fontSize: number): [number, number, number, number] {
  return [0, fontSize < 20 ? 4 : 0, 0, 0];
}

/** QR code and its short code in the bottom-left corner; place, date and signatories on the right. */
function footer(input: PiagamInput, verifyLabel: string, qrSvg: string): Content {
  const signatories = input.signatories.map((signatory) => ({
    width: 190,
    stack: [
      { text: signatory.title, fontSize: 10, alignment: 'center' as const, color: INK },
      { text: ' ', margin: [0, 34, 0, 0] as [number, number, number, number] },
      {
        text: signatory.name,
        fontSize: 11,
        bold: true,
        alignment: 'center' as const,
        decoration: 'underline' as const,
      },
    ],
  }));
  // Pinned to the bottom of the frame so the seal area sits where signatures and stamps go on paper.
  return {
    absolutePosition: { x: 70, y: 425 },
    columns: [
      {
        width: 120,
        stack: [
          { svg: qrSvg, width: 92, alignment: 'center' },
          {
            text: input.verification.code,
            fontSize: 10,
            bold: true,
            alignment: 'center',
            characterSpacing: 1,
            color: PIAGAM_NAVY,
          },
          { text: verifyLabel, fontSize: 6.5, alignment: 'center', color: MUTED },
        ],
      },
      { width: '*', text: '' },
      {
        width: 'auto',
        stack: [
          {
            text: `${input.place}, ${formatLongDate(input.date, input.language)}`,
            fontSize: 10,
            alignment: 'center',
            margin: [0, 0, 0, 4],
          },
          { columns: signatories, columnGap: 14 },
        ],
      },
    ],
  };
}

/** The embedded PT Serif (formal) unless a name needs a letter outside WinAnsi; then the embedded Roboto. */
function fontFor(input: PiagamInput, words: PiagamWording): PdfFont {
  return isWinAnsiText(JSON.stringify(input)) && isWinAnsiText(JSON.stringify(words)) ? 'Serif' : 'Roboto';
}
