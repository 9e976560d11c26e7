import type { Writable } from 'node:stream';
import type { Language } from '../../core/numbers/format-decimal';
import type { ScoreNode } from '../../core/scoring/score-node';
import type { EntityScore } from '../../core/scoring/score-result';
import type { ExportColumn, RowSource } from './export-column';
import { writeRowsCsv } from './write-rows-csv';
import { writeRowsXlsx } from './write-rows-xlsx';

export interface IndicatorScoreRow {
  year: number;
  entityCode: string;
  unitCode: string;
  dimensionCode: string;
  variableCode: string;
  indicatorCode: string;
  indicatorText: string;
  /** The aggregated level on the answer scale (a 0–1 share for share-meeting-level indicators). */
  level: number | null;
  score: number;
  /** % of the dimension. */
  weight: number;
  included: boolean;
  flags: string;
}

export const indicatorScoreColumns: readonly ExportColumn<IndicatorScoreRow>[] = [
  { key: 'year', header: { id: 'Tahun', en: 'Year' }, value: (row) => row.year, width: 8 },
  { key: 'entityCode', header: { id: 'Kode entitas', en: 'Entity code' }, value: (row) => row.entityCode },
  { key: 'unitCode', header: { id: 'Kode unit', en: 'Unit code' }, value: (row) => row.unitCode },
  { key: 'dimensionCode', header: { id: 'Dimensi', en: 'Dimension' }, value: (row) => row.dimensionCode },
  { key: 'variableCode', header: { id: 'Variabel', en: 'Variable' }, value: (row) => row.variableCode },
  { key: 'indicatorCode', header: { id: 'Indikator', en: 'Indicator' }, value: (row) => row.indicatorCode },
  {
    key: 'indicatorText',
    header: { id: 'Uraian', en: 'Text' },
    value: (row) => row.indicatorText,
    width: 48,
  },
  { key: 'level', header: { id: 'Tingkat', en: 'Level' }, value: (row) => row.level, numberFormat: '0.00' },
  { key: 'score', header: { id: 'Nilai', en: 'Score' }, value: (row) => row.score, numberFormat: '0.00' },
  {
    key: 'weight',
    header: { id: 'Bobot (%)', en: 'Weight (%)' },
    value: (row) => row.weight,
    numberFormat: '0.00',
  },
  {
    key: 'included',
    header: { id: 'Dihitung', en: 'Counted' },
    value: (row) => (row.included ? 1 : 0),
  },
  { key: 'flags', header: { id: 'Catatan', en: 'Flags' }, value: (row) => row.flags, width: 30 },
];

/** Every indicator of every unit of an entity result, in methodology order: the rows of this export. */
export function* indicatorScoreRowsOf(
  result: EntityScore,
  year: number,
  language: Language = 'id',
): Generator<IndicatorScoreRow> {
  for (const unit of result.units)
    yield* indicatorScoreRowsOfUnit(
      unit.tree,
      { year, entityCode: result.entityCode, unitCode: unit.unitCode },
      language,
    );
}

/** The indicators of one unit's explanation tree (unit → dimensions → variables → indicators). */
export function* indicatorScoreRowsOfUnit(
  tree: ScoreNode,
  subject: { year: number; entityCode: string; unitCode: string },
  language: Language = 'id',
): Generator<IndicatorScoreRow> {
  for (const dimension of tree.children) {
    for (const variable of dimension.children) {
      for (const indicator of variable.children) {
        yield {
          ...subject,
          dimensionCode: dimension.code,
          variableCode: variable.code,
          indicatorCode: indicator.code,
          indicatorText: indicator.text[language],
          level: indicator.rawValue,
          score: indicator.score,
          weight: indicator.weight,
          included: indicator.included,
          flags: indicator.flags.map((flag) => flag.code).join(' '),
        };
      }
    }
  }
}

export function writeIndicatorScoresXlsx(
  rows: RowSource<IndicatorScoreRow>,
  output: Writable,
  language: Language = 'id',
): Promise<number> {
  const name = language === 'id' ? 'Nilai Indikator' : 'Indicator scores';
  return writeRowsXlsx(name, indicatorScoreColumns, rows, output, language);
}

export function writeIndicatorScoresCsv(
  rows: RowSource<IndicatorScoreRow>,
  output: Writable,
  language: Language = 'id',
): Promise<number> {
  return writeRowsCsv(indicatorScoreColumns, rows, output, language);
}
