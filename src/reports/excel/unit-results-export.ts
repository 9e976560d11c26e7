import type { Writable } from 'node:stream';
import type { Language } from '../../core/numbers/format-decimal';
import type { ExportColumn, RowSource } from './export-column';
import { writeRowsCsv } from './write-rows-csv';
import { writeRowsXlsx } from './write-rows-xlsx';

export interface UnitResultRow {
  year: number;
  entityCode: string;
  entityName: string;
  unitCode: string;
  unitName: string;
  unitType: string;
  score: number;
  category: string;
  zone: string;
  /** Rank among units of the same type in the province, when ranked. */
  unitTypeRank: number | null;
}

export const unitResultColumns: readonly ExportColumn<UnitResultRow>[] = [
  { key: 'year', header: { id: 'Tahun', en: 'Year' }, value: (row) => row.year, width: 8 },
  { key: 'entityCode', header: { id: 'Kode entitas', en: 'Entity code' }, value: (row) => row.entityCode },
  { key: 'entityName', header: { id: 'Entitas', en: 'Entity' }, value: (row) => row.entityName, width: 36 },
  { key: 'unitCode', header: { id: 'Kode unit', en: 'Unit code' }, value: (row) => row.unitCode },
  {
    key: 'unitName',
    header: { id: 'Unit layanan', en: 'Service unit' },
    value: (row) => row.unitName,
    width: 32,
  },
  { key: 'unitType', header: { id: 'Jenis unit', en: 'Unit type' }, value: (row) => row.unitType, width: 18 },
  {
    key: 'score',
    header: { id: 'Nilai', en: 'Score' },
    value: (row) => row.score,
    numberFormat: '0.00',
    width: 9,
  },
  { key: 'category', header: { id: 'Kategori', en: 'Category' }, value: (row) => row.category },
  { key: 'zone', header: { id: 'Zona', en: 'Zone' }, value: (row) => row.zone },
  {
    key: 'unitTypeRank',
    header: { id: 'Peringkat jenis unit (provinsi)', en: 'Unit-type rank (province)' },
    value: (row) => row.unitTypeRank,
  },
];

export function writeUnitResultsXlsx(
  rows: RowSource<UnitResultRow>,
  output: Writable,
  language: Language = 'id',
): Promise<number> {
  return writeRowsXlsx(
    language === 'id' ? 'Hasil Unit' : 'Unit results',
    unitResultColumns,
    rows,
    output,
    language,
  );
}

export function writeUnitResultsCsv(
  rows: RowSource<UnitResultRow>,
  output: Writable,
  language: Language = 'id',
): Promise<number> {
  return writeRowsCsv(unitResultColumns, rows, output, language);
}
