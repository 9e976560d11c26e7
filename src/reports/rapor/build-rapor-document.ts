import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatLongDate } from '../../core/documents';
import { formatPercent, formattersFor } from '../../core/format';
import { formatDecimal } from '../../core/numbers/format-decimal';
import { buildRaporSummary } from './build-rapor-summary';
import type { RaporInput } from './rapor-input';
import { RAPOR_LETTERHEAD_WIDTH, raporHeaderMarks } from './rapor-marks';
import { type RaporWording, raporWording } from './rapor-wording';
import { DIMENSION_CHART_HEIGHT, DIMENSION_CHART_WIDTH } from './render-dimension-chart-svg';

const NAVY = '#1b2a4a';
const GOLD = '#b8923a';
const MUTED = '#5b6472';
const LINE = '#d5dae2';

/** A rapor without the scoring detail (results imported from published totals): why the detail is missing. */
export interface RaporSummaryOnly {
  detailMissingNote: string;
}

/**
 * The pdfmake definition of a rapor: A4 portrait, header band, summary cards, then four sections. With
 * `summaryOnly` it keeps the summary and the unit table and states why the other sections are missing.
 */
export function buildRaporDocument(
  input: RaporInput,
  chartSvg: string,
  summaryOnly?: RaporSummaryOnly,
  /** The QR code of `input.verification.url`, drawn in the header band. */
  qrSvg?: string,
): TDocumentDefinitions {
  const words = raporWording[input.language];
  const number = (value: number) => formatDecimal(value, 2, input.language);
  const title = input.zoneless === true ? words.opinionTitle : words.title;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 118, 40, 46],
    info: {
      title: `${title} — ${input.entity.name} — ${input.year}`,
      author: input.issuer.name,
      ...(input.verification ? { subject: input.verification.code } : {}),
    },
    header: () => ({
      margin: [0, 0, 0, 0],
      stack: [
        { canvas: [{ type: 'rect', x: 0, y: 0, w: 595.28, h: 92, color: NAVY }] },
        { canvas: [{ type: 'rect', x: 0, y: 0, w: 595.28, h: 4, color: input.result.zoneColour }] },
        ...raporHeaderMarks(input, qrSvg),
        {
          absolutePosition: { x: input.letterhead ? 40 + RAPOR_LETTERHEAD_WIDTH + 12 : 40, y: 20 },
          stack: [
            {
              text: [input.issuer.name, input.issuer.office].filter(Boolean).join(' · ').toUpperCase(),
              fontSize: 8,
              color: GOLD,
              bold: true,
              characterSpacing: 1,
            },
            {
              text: `${title} ${input.year}`,
              fontSize: 12,
              bold: true,
              color: '#ffffff',
              margin: [0, 3, 0, 0],
            },
            { text: input.entity.name, fontSize: 18, bold: true, color: '#ffffff', margin: [0, 4, 0, 0] },
            {
              text: [input.entity.kindName, input.entity.provinceName, input.entity.code]
                .filter(Boolean)
                .join(' · '),
              fontSize: 9,
              color: '#c9d1e0',
            },
          ],
        },
      ],
    }),
    footer: (page, count) => ({
      margin: [40, 14, 40, 0],
      columns: [
        {
          text: `${input.methodologyTitle} · ${words.issued} ${formatLongDate(input.issuedOn, input.language)}`,
          fontSize: 7,
          color: MUTED,
        },
        { text: words.page(page, count), fontSize: 7, color: MUTED, alignment: 'right', width: 90 },
      ],
    }),
    content: summaryOnly
      ? [
          heading(words.summary, true),
          buildRaporSummary(input, words),
          ...resultNotices(input),
          ...opinionSections(input, words),
          ...(input.units.length > 0 ? [heading(words.units), unitsTable(input, words)] : []),
          {
            text: summaryOnly.detailMissingNote,
            italics: true,
            fontSize: 9,
            color: MUTED,
            margin: [0, 14, 0, 0],
          },
        ]
      : [
          heading(words.summary, true),
          buildRaporSummary(input, words),
          ...resultNotices(input),
          ...opinionSections(input, words),
          heading(words.dimensions),
          {
            columns: [
              { svg: chartSvg, width: 300, height: (300 * DIMENSION_CHART_HEIGHT) / DIMENSION_CHART_WIDTH },
              {
                width: '*',
                margin: [10, 6, 0, 0],
                table: {
                  headerRows: 1,
                  widths: ['*', 'auto', 'auto'],
                  body: [
                    [
                      headerCell(words.dimension),
                      headerCell(words.weight, 'right'),
                      headerCell(words.score, 'right'),
                    ],
                    ...input.dimensions.map((dimension) => [
                      dimension.name,
                      { text: weightText(dimension.weight, input.language), alignment: 'right' as const },
                      { text: number(dimension.score), alignment: 'right' as const, bold: true },
                    ]),
                  ],
                },
                layout: tableLayout(),
              },
            ],
          },
          heading(words.units),
          unitsTable(input, words),
          heading(words.weakest),
          ...weakestSection(input, words),
          heading(words.recommendations),
          { text: words.recommendationsIntro, fontSize: 8, color: MUTED, margin: [0, 0, 0, 4] },
          recommendationsTable(input, words),
          {
            text: nextCategoryText(input, words),
            fontSize: 9,
            bold: true,
            color: NAVY,
            margin: [0, 6, 0, 0],
          },
        ],
    defaultStyle: { font: 'Roboto', fontSize: 9, color: '#222222' },
  };
}

function heading(text: string, first = false): Content {
  return {
    stack: [
      { text, fontSize: 12, bold: true, color: NAVY },
      { canvas: [{ type: 'line', x1: 0, y1: 2, x2: 40, y2: 2, lineWidth: 2, lineColor: GOLD }] },
    ],
    margin: [0, first ? 0 : 14, 0, 6],
  };
}

function headerCell(text: string, alignment: 'left' | 'right' | 'center' = 'left'): TableCell {
  return { text, bold: true, fontSize: 8, color: '#ffffff', fillColor: NAVY, alignment };
}

function tableLayout() {
  return {
    hLineWidth: (row: number) => (row <= 1 ? 0 : 0.5),
    vLineWidth: () => 0,
    hLineColor: () => LINE,
    paddingTop: () => 3,
    paddingBottom: () => 3,
    fillColor: (row: number) => (row > 0 && row % 2 === 0 ? '#f6f7fa' : null),
  };
}

function unitsTable(input: RaporInput, words: RaporWording): Content {
  const number = (value: number) => formatDecimal(value, 2, input.language);
  return {
    table: {
      headerRows: 1,
      widths: ['*', ...input.dimensions.map(() => 'auto' as const), 'auto', 'auto', 'auto'],
      body: [
        [
          headerCell(words.unit),
          ...input.dimensions.map((dimension) => headerCell(dimension.name, 'right')),
          headerCell(words.score, 'right'),
          headerCell(words.category, 'center'),
          headerCell(input.zoneless === true ? words.opinion : words.zone, 'center'),
        ],
        ...input.units.map((unit) => [
          {
            stack: [
              { text: unit.name, bold: true },
              { text: unit.typeName, fontSize: 7, color: MUTED },
            ],
          },
          ...input.dimensions.map((dimension) => {
            const score = unit.dimensionScores[dimension.code];
            return {
              text: score === null || score === undefined ? '–' : number(score),
              alignment: 'right' as const,
            };
          }),
          { text: number(unit.score), alignment: 'right' as const, bold: true },
          { text: unit.category, alignment: 'center' as const, bold: true },
          {
            text: unit.zone,
            alignment: 'center' as const,
            color: '#ffffff',
            fillColor: unit.zoneColour,
            fontSize: 8,
          },
        ]),
      ],
    },
    layout: tableLayout(),
  };
}

function weakestSection(input: RaporInput, words: RaporWording): Content[] {
  const number = (value: number) => formatDecimal(value, 2, input.language);
  return input.weakestIndicators.map((group) => ({
    unbreakable: true,
    margin: [0, 0, 0, 6],
    stack: [
      { text: group.dimensionName, bold: true, color: NAVY, fontSize: 10, margin: [0, 0, 0, 2] },
      group.indicators.length === 0
        ? { text: words.noWeakIndicator, italics: true, color: MUTED }
        : {
            table: {
              headerRows: 1,
              widths: ['*', 'auto', 130],
              body: [
                [
                  headerCell(words.indicator),
                  headerCell(words.score, 'right'),
                  headerCell(words.weakestUnit),
                ],
                ...group.indicators.map((indicator) => [
                  {
                    stack: [
                      { text: `${indicator.code} · ${indicator.text}` },
                      ...indicator.notes.map((note) => ({
                        text: `${words.notes}: ${note}`,
                        italics: true,
                        fontSize: 8,
                        color: MUTED,
                        margin: [0, 1, 0, 0] as [number, number, number, number],
                      })),
                    ],
                  },
                  { text: number(indicator.score), alignment: 'right' as const, bold: true },
                  indicator.weakestUnit
                    ? `${indicator.weakestUnit.name} (${number(indicator.weakestUnit.score)})`
                    : '–',
                ]),
              ],
            },
            layout: tableLayout(),
          },
    ],
  }));
}

function recommendationsTable(input: RaporInput, words: RaporWording): Content {
  const number = (value: number) => formatDecimal(value, 2, input.language);
  return {
    table: {
      headerRows: 1,
      widths: [14, '*', 'auto', 'auto', 'auto'],
      body: [
        [
          headerCell('#'),
          headerCell(words.indicator),
          headerCell(words.addedPoints, 'right'),
          headerCell(words.scoreAfter, 'right'),
          headerCell(words.categoryReached, 'center'),
        ],
        ...input.recommendations.map((item, index) => [
          `${index + 1}`,
          {
            stack: [
              { text: `${item.indicatorCode} · ${item.text}` },
              { text: item.unitName, fontSize: 7, color: MUTED },
            ],
          },
          {
            text: `+${number(item.pointsGained)}`,
            alignment: 'right' as const,
            bold: true,
            color: '#2e7d32',
          },
          { text: number(item.scoreAfter), alignment: 'right' as const },
          { text: `${item.categoryReached} · ${item.zoneReached}`, alignment: 'center' as const },
        ]),
      ],
    },
    layout: tableLayout(),
  };
}

function nextCategoryText(input: RaporInput, words: RaporWording): string {
  const next = input.nextCategory;
  const number = (value: number) => formatDecimal(value, 2, input.language);
  if (next === null) return words.bestCategory;
  if (!next.reachable) return words.unreachable(next.category, number(next.maximumScore));
  return words.nextCategory(next.category, next.raiseCount, next.steps, number(next.projectedScore));
}

/** The result's flags (not accepted, override, corrected, demo), printed right under the summary. */
function resultNotices(input: RaporInput): Content[] {
  return (input.result.notices ?? []).map((notice) => ({
    text: notice,
    bold: true,
    fontSize: 9,
    color: '#b42318',
    margin: [0, 4, 0, 0] as [number, number, number, number],
  }));
}

/**
 * Opini editions: the three elements behind the score, then the oversight products still open at the cut-off —
 * the first thing to fix, since they alone keep "Tanpa Maladministrasi" from the label.
 */
function opinionSections(input: RaporInput, words: RaporWording): Content[] {
  const number = (value: number) => formatDecimal(value, 2, input.language);
  const sections: Content[] = [];
  const elements = input.opinionElements ?? [];
  if (elements.length > 0)
    sections.push(heading(words.elements), {
      table: {
        headerRows: 1,
        widths: ['*', 'auto', 'auto'],
        body: [
          [headerCell(words.element), headerCell(words.weight, 'right'), headerCell(words.score, 'right')],
          ...elements.map((element) => [
            element.name,
            { text: weightText(element.weight, input.language), alignment: 'right' as const },
            { text: number(element.score), alignment: 'right' as const, bold: true },
          ]),
        ],
      },
      layout: tableLayout(),
    });
  const open = input.openOversightProducts ?? [];
  if (open.length > 0)
    sections.push(
      heading(words.oversightOpen),
      {
        text: words.oversightOpenIntro(
          input.oversightCutOff ? formattersFor(input.language).calendarDate(input.oversightCutOff) : '',
        ),
        fontSize: 8,
        color: MUTED,
        margin: [0, 0, 0, 4],
      },
      {
        table: {
          headerRows: 1,
          widths: ['auto', 'auto', '*', 'auto'],
          body: [
            [
              headerCell(words.productNumber),
              headerCell(words.productKind),
              headerCell(words.productSubject),
              headerCell(words.productDue),
            ],
            ...open.map((product) => [
              { text: product.number, bold: true },
              product.kindName,
              product.subject,
              product.dueOn ? formattersFor(input.language).calendarDate(product.dueOn) : '–',
            ]),
          ],
        },
        layout: tableLayout(),
      },
    );
  return sections;
}

/** A weight in percentage points, two decimals as the edition states it: "32,37 %" / "32.37%". */
function weightText(weight: number, language: RaporInput['language']): string {
  return formatPercent(weight / 100, language, 2, 2);
}
