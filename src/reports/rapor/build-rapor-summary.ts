import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDecimal } from '../../core/numbers/format-decimal';
import type { RaporInput } from './rapor-input';
import type { RaporWording } from './rapor-wording';

const NAVY = '#1b2a4a';
const MUTED = '#5b6472';

/** Score, category, zone, ranks and the change since last year as a row of cards. */
export function buildRaporSummary(input: RaporInput, words: RaporWording): Content {
  const number = (value: number) => formatDecimal(value, 2, input.language);
  const card = (label: string, value: string, detail?: string, fill?: string): TableCell => ({
    fillColor: fill ?? '#f3f5f9',
    stack: [
      { text: label.toUpperCase(), fontSize: 7, bold: true, color: fill ? '#ffffff' : MUTED },
      { text: value, fontSize: 13, bold: true, color: fill ? '#ffffff' : NAVY, margin: [0, 2, 0, 0] },
      ...(detail ? [{ text: detail, fontSize: 8, color: fill ? '#ffffff' : MUTED }] : []),
    ],
  });
  const { province, national } = input.ranks;
  const rankText = (position: { rank: number; total: number } | undefined) =>
    position ? `${position.rank} ${words.of} ${position.total}` : '–';
  return {
    table: {
      widths: ['*', '*', '*', '*', '*', '*'],
      body: [
        [
          card(words.score, number(input.result.score)),
          card(words.category, input.result.category, input.result.opinion),
          input.zoneless === true
            ? card(words.opinion, input.result.opinion, undefined, input.result.zoneColour)
            : card(words.zone, input.result.zone, undefined, input.result.zoneColour),
          card(words.provinceRank, rankText(province), province?.groupName),
          card(words.nationalRank, rankText(national), national?.groupName),
          card(words.change, ...changeText(input, words)),
        ],
      ],
    },
    layout: {
      hLineWidth: () => 3,
      vLineWidth: () => 3,
      hLineColor: () => '#ffffff',
      vLineColor: () => '#ffffff',
      paddingLeft: () => 7,
      paddingRight: () => 7,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
  };
}

/** "+1,59 poin" with "91,72 (2023) · peringkat provinsi 4 menjadi 2" under it, or a dash without last year's result. */
function changeText(input: RaporInput, words: RaporWording): [string, string] {
  const previous = input.previous;
  if (previous === undefined) return ['–', words.noPrevious];
  // Both scores are published with 2 decimals; subtract in hundredths so 93,31 − 91,72 is exactly 1,59.
  const hundredths = Math.round(input.result.score * 100) - Math.round(previous.score * 100);
  const sign = hundredths > 0 ? '+' : hundredths < 0 ? '−' : '±';
  const change = `${sign}${formatDecimal(Math.abs(hundredths) / 100, 2, input.language)}`;
  const rank =
    previous.provinceRank !== undefined && input.ranks.province
      ? ` · ${words.rankChange(previous.provinceRank, input.ranks.province.rank)}`
      : '';
  return [
    `${change} ${words.points}`,
    `${formatDecimal(previous.score, 2, input.language)} (${previous.year})${rank}`,
  ];
}
