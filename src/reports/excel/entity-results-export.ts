import type { Writable } from 'node:stream';
import type { Language } from '../../core/numbers/format-decimal';
import type { ExportColumn, RowSource } from './export-column';
import { writeRowsCsv } from './write-rows-csv';
import { writeRowsXlsx } from './write-rows-xlsx';

export interface EntityResultRow {
  year: number;
  methodology: string;
  entityCode: string;
  entityName: string;
  entityKind: string;
  provinceCode: string | null;
  score: number;
  category: string;
  opinion: string;
  zone: string;
  nationalRank: number | null;
  provinceRank: number | null;
}

export const entityResultColumns: readonly ExportColumn<EntityResultRow>[] = [
  { key: 'year', header: { id: 'Tahun', en: 'Year' }, value: (row) => row.year, width: 8 },
  {
    key: 'methodology',
    header: { id: 'Metodologi', en: 'Methodology' },
    value: (row) => row.methodology,
    width: 28,
  },
  { key: 'entityCode', header: { id: 'Kode', en: 'Code' }, value: (row) => row.entityCode, width: 10 },
  { key: 'entityName', header: { id: 'Nama', en: 'Name' }, value: (row) => row.entityName, width: 40 },
  { key: 'entityKind', header: { id: 'Jenis', en: 'Kind' }, value: (row) => row.entityKind },
  { key: 'provinceCode', header: { id: 'Provinsi', en: 'Province' }, value: (row) => row.provinceCode },
  {
    key: 'score',
    header: { id: 'Nilai', en: 'Score' },
    value: (row) => row.score,
    numberFormat: '0.00',
    width: 9,
  },
  { key: 'category', header: { id: 'Kategori', en: 'Category' }, value: (row) => row.category },
  { key: 'opinion', header: { id: 'Opini', en: 'Opinion' }, value: (row) => row.opinion, width: 22 },
  { key: 'zone', header: { id: 'Zona', en: 'Zone' }, value: (row) => row.zone },
  {
    key: 'nationalRank',
    header: { id: 'Peringkat nasional', en: 'National rank' },
    value: (row) => row.nationalRank,
  },
  {
    key: 'provinceRank',
    header: { id: 'Peringkat provinsi', en: 'Province rank' },
    value: (row) => row.provinceRank,
  },
];

export function writeEntityResultsXlsx(
  rows: RowSource<EntityResultRow>,
  output: Writable,
  language: Language = 'id',
): Promise<number> {
  return writeRowsXlsx(
    language === 'id' ? 'Hasil Entitas' : 'Entity results',
    entityResultColumns,
    rows,
    output,
    language,
  );
}

export function writeEntityResultsCsv(
  rows: RowSource<EntityResultRow>,
  output: Writable,
  language: Language = 'id',
): Promise<number> {
  return writeRowsCsv(entityResultColumns, rows, output, language);
}
