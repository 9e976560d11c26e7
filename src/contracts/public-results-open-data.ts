import type { PublicResult } from './public-results.contract';

/** Columns of the open-data files (CSV, XLSX), in order; JSON carries the API rows unchanged. */
export const openDataColumns = [
  'entityCode',
  'entityName',
  'kind',
  'provinceCode',
  'provinceName',
  'score',
  'category',
  'opinionLabelId',
  'opinionLabelEn',
  'zone',
  'rankNational',
  'rankNationalOf',
  'rankProvince',
  'rankProvinceOf',
  'previousRankNational',
  'previousRankProvince',
  'flags',
  'isDemoValue',
  'note',
] as const;
export type OpenDataColumn = (typeof openDataColumns)[number];
export type OpenDataRecord = Record<OpenDataColumn, string | number | boolean | null>;

/** One API row as a flat record: the opinion label in two columns, flags joined with ";". */
export function toOpenDataRecord(result: PublicResult): OpenDataRecord {
  return {
    entityCode: result.entityCode,
    entityName: result.entityName,
    kind: result.kind,
    provinceCode: result.provinceCode,
    provinceName: result.provinceName,
    score: result.score,
    category: result.category,
    opinionLabelId: result.opinionLabel.id,
    opinionLabelEn: result.opinionLabel.en,
    zone: result.zone,
    rankNational: result.rankNational,
    rankNationalOf: result.rankNationalOf,
    rankProvince: result.rankProvince,
    rankProvinceOf: result.rankProvinceOf,
    previousRankNational: result.previousRankNational,
    previousRankProvince: result.previousRankProvince,
    flags: result.flags.join(';'),
    isDemoValue: result.isDemoValue,
    note: result.note,
  };
}
