import type { PublicResult } from './public-results.contract';
import type { OpenDataColumn } from './public-results-open-data';

/** What one open-data column holds: its type and its meaning in Indonesian and English. */
export interface OpenDataEntry {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'object';
  nullable: boolean;
  id: string;
  en: string;
}

/**
 * The open-data dictionary of the published results: every CSV column (these keys stay stable for machines;
 * the XLSX shows Indonesian headers and labels instead, and carries this list as its "Kamus data" sheet).
 * docs/open-data.md prints the same list; a test keeps the two and the columns in step.
 */
export const openDataDictionary: Record<OpenDataColumn, OpenDataEntry> = {
  entityCode: {
    type: 'string',
    nullable: false,
    id: 'Kode entitas: kode wilayah Kemendagri ("16.06") atau kode K/L',
    en: 'Entity code: the Home Affairs region code ("16.06") or a ministry/agency code',
  },
  entityName: {
    type: 'string',
    nullable: false,
    id: 'Nama entitas yang dinilai ("Kab. Musi Banyuasin")',
    en: 'Name of the assessed entity ("Kab. Musi Banyuasin")',
  },
  kind: {
    type: 'string',
    nullable: false,
    id: 'Jenis: kementerian, lembaga, pemprov (provinsi), pemkab (kabupaten), pemkot (kota)',
    en: 'Kind: kementerian (ministry), lembaga (agency), pemprov (province), pemkab (regency), pemkot (city)',
  },
  provinceCode: {
    type: 'string',
    nullable: true,
    id: 'Kode provinsi ("16"); kosong untuk kementerian dan lembaga',
    en: 'Province code ("16"); empty for ministries and agencies',
  },
  provinceName: {
    type: 'string',
    nullable: true,
    id: 'Nama provinsi; kosong untuk kementerian dan lembaga',
    en: 'Province name; empty for ministries and agencies',
  },
  score: {
    type: 'number',
    nullable: false,
    id: 'Nilai akhir 0–100 dengan dua desimal, titik sebagai pemisah desimal',
    en: 'Final score 0–100 with two decimals, a point as decimal separator',
  },
  category: {
    type: 'string',
    nullable: false,
    id: 'Kategori menurut edisi metodologi tahun itu (A–E)',
    en: 'Category under that year’s methodology edition (A–E)',
  },
  opinionLabelId: {
    type: 'string',
    nullable: false,
    id: 'Opini atau predikat dalam bahasa Indonesia ("Kualitas Tertinggi")',
    en: 'Opinion or grade in Indonesian ("Kualitas Tertinggi")',
  },
  opinionLabelEn: {
    type: 'string',
    nullable: false,
    id: 'Opini atau predikat dalam bahasa Inggris',
    en: 'Opinion or grade in English ("Highest quality")',
  },
  zone: {
    type: 'string',
    nullable: false,
    id: 'Kode zona (hijau, kuning, merah) pada edisi 2022–2024; edisi Opini tidak memakai zona',
    en: 'Zone code (hijau green, kuning yellow, merah red) on the 2022–2024 editions; Opini editions have none',
  },
  rankNational: {
    type: 'integer',
    nullable: false,
    id: 'Peringkat nasional di antara entitas sejenis',
    en: 'National rank among entities of the same kind',
  },
  rankNationalOf: {
    type: 'integer',
    nullable: false,
    id: 'Jumlah entitas sejenis yang diperingkat secara nasional',
    en: 'How many entities of the kind are ranked nationally',
  },
  rankProvince: {
    type: 'integer',
    nullable: true,
    id: 'Peringkat di provinsi (kabupaten dan kota bersama); kosong bagi yang lain',
    en: 'Rank within the province (regencies and cities together); empty for others',
  },
  rankProvinceOf: {
    type: 'integer',
    nullable: true,
    id: 'Jumlah kabupaten/kota yang diperingkat di provinsi',
    en: 'How many regencies/cities of the province are ranked',
  },
  previousRankNational: {
    type: 'integer',
    nullable: true,
    id: 'Peringkat nasional tahun sebelumnya, hanya bila populasinya sama',
    en: 'National rank the year before, only when the ranked population is the same',
  },
  previousRankProvince: {
    type: 'integer',
    nullable: true,
    id: 'Peringkat provinsi tahun sebelumnya, hanya bila populasinya sama',
    en: 'Province rank the year before, only when the ranked population is the same',
  },
  flags: {
    type: 'string',
    nullable: false,
    id: 'Penanda hasil dipisah ";": not-accepted, override, corrected, category-differs …; kosong bila biasa',
    en: 'Result flags joined with ";": not-accepted, override, corrected, category-differs …; empty if none',
  },
  isDemoValue: {
    type: 'boolean',
    nullable: false,
    id: 'true bila nilai ini nilai contoh (demo), bukan nilai resmi yang diumumkan',
    en: 'true when the value is a demo value, not an officially published one',
  },
  note: {
    type: 'string',
    nullable: true,
    id: 'Keterangan pada baris hasil (mis. dari berkas impor)',
    en: 'Note on the result row (e.g. from the imported file)',
  },
};

/** JSON keys that the CSV does not carry (or carries split: the opinion label in two columns). */
export const jsonOnlyDictionary: Record<Exclude<keyof PublicResult, OpenDataColumn>, OpenDataEntry> = {
  opinionLabel: {
    type: 'object',
    nullable: false,
    id: 'Opini sebagai {id, en}; di CSV menjadi opinionLabelId dan opinionLabelEn',
    en: 'The opinion as {id, en}; in the CSV opinionLabelId and opinionLabelEn',
  },
  categoryColour: {
    type: 'string',
    nullable: false,
    id: 'Warna kategori (#rrggbb) seperti di peta',
    en: 'Category colour (#rrggbb) as on the map',
  },
  zoneColour: {
    type: 'string',
    nullable: false,
    id: 'Warna zona (#rrggbb)',
    en: 'Zone colour (#rrggbb)',
  },
  previousScore: {
    type: 'number',
    nullable: true,
    id: 'Nilai tahun sebelumnya, bila diumumkan',
    en: 'The score of the year before, when published',
  },
  rankNationalNotComparable: {
    type: 'object',
    nullable: true,
    id: 'Alasan {id, en} tidak ada perubahan peringkat nasional walau tahun lalu diperingkat',
    en: 'Why {id, en} no national rank change is shown although ranked the year before',
  },
  rankProvinceNotComparable: {
    type: 'object',
    nullable: true,
    id: 'Alasan {id, en} tidak ada perubahan peringkat provinsi walau tahun lalu diperingkat',
    en: 'Why {id, en} no province rank change is shown although ranked the year before',
  },
};
