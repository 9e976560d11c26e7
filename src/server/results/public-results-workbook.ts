import type { EntityKind } from '../../contracts/entities.contract';
import type { PublicResult, PublicResultList } from '../../contracts/public-results.contract';
import { resultFlagNotices } from '../../reports/result-flag-notices';

/** How a government is called in Indonesian: the readable form of the `kind` code. */
export const entityKindLabels: Record<EntityKind, string> = {
  kementerian: 'Kementerian',
  lembaga: 'Lembaga',
  pemprov: 'Pemerintah Provinsi',
  pemkab: 'Kabupaten',
  pemkot: 'Kota',
};

type Cell = string | number | null;

/** One column of the readable workbook: an Indonesian header and the cell of a row. */
export interface ReadableColumn {
  header: string;
  value: (row: PublicResult) => Cell;
  width: number;
  numberFormat?: string;
}

/**
 * The columns of the public XLSX, for people: Indonesian headers and labels instead of codes ("Kabupaten",
 * "Zona Hijau", the opinion as text, the notices in words). The CSV and JSON keep the stable machine keys
 * (`openDataColumns`, docs/open-data.md). Zone labels come from the year's edition; editions without zones
 * (Opini) have no zone column.
 */
export function readableResultColumns(
  list: PublicResultList,
  zoneLabels: ReadonlyMap<string, string>,
): ReadableColumn[] {
  const columns: (ReadableColumn | false)[] = [
    { header: 'Kode entitas', value: (row) => row.entityCode, width: 11 },
    { header: 'Nama entitas', value: (row) => row.entityName, width: 40 },
    { header: 'Jenis pemerintah', value: (row) => entityKindLabels[row.kind], width: 20 },
    { header: 'Provinsi', value: (row) => row.provinceName, width: 24 },
    { header: 'Nilai', value: (row) => row.score, width: 9, numberFormat: '0.00' },
    { header: 'Kategori', value: (row) => row.category, width: 10 },
    { header: 'Opini', value: (row) => row.opinionLabel.id, width: 36 },
    list.cycle.hasZones && {
      header: 'Zona',
      value: (row) => zoneLabels.get(row.zone) ?? row.zone,
      width: 14,
    },
    { header: 'Peringkat nasional', value: (row) => row.rankNational, width: 10 },
    { header: 'Dari (nasional)', value: (row) => row.rankNationalOf, width: 10 },
    { header: 'Peringkat provinsi', value: (row) => row.rankProvince, width: 10 },
    { header: 'Dari (provinsi)', value: (row) => row.rankProvinceOf, width: 10 },
    { header: 'Peringkat nasional tahun lalu', value: (row) => row.previousRankNational, width: 12 },
    { header: 'Peringkat provinsi tahun lalu', value: (row) => row.previousRankProvince, width: 12 },
    {
      header: 'Catatan hasil',
      value: (row) => resultFlagNotices(row.flags, row.isDemoValue, 'id').join(' ') || null,
      width: 40,
    },
    { header: 'Keterangan', value: (row) => row.note, width: 30 },
  ];
  return columns.filter((column): column is ReadableColumn => column !== false);
}
