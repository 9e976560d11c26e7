import type { ImportProblem } from '../../contracts/results.contract';
import type { CatalogEntry, MethodologyCatalog } from '../methodologies/load-methodology-catalog';
import { resolveCurrentEdition } from '../methodologies/resolve-current-edition';
import { defaultMethodologyRefForYear } from './default-methodology-for-year';
import type { SheetRow } from './parse-results-file';

export const requiredColumns = ['year', 'entity_code', 'score'] as const;
export const optionalColumns = [
  'category',
  'zone',
  'rank_province',
  'rank_national',
  'methodology',
  'is_demo_value',
  'note',
] as const;

export interface ImportEntity {
  id: string;
  code: string;
  kind: 'kementerian' | 'lembaga' | 'pemprov' | 'pemkab' | 'pemkot';
  shortName: string;
  provinceCode: string | null;
  provinceName: string | null;
}

/** A valid row, with published values as given (null when the file leaves them out). */
export interface ResultRecord {
  row: number;
  year: number;
  entity: ImportEntity;
  score: number;
  category: string | null;
  zone: string | null;
  rankProvince: number | null;
  rankNational: number | null;
  edition: CatalogEntry;
  isDemoValue: boolean;
  note: string | null;
}

/** Checks every row before anything is written: the import is all-or-nothing. */
export function validateResultsRows(
  columns: readonly string[],
  rows: readonly SheetRow[],
  entitiesByCode: ReadonlyMap<string, ImportEntity>,
  catalog: MethodologyCatalog,
): { records: ResultRecord[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  for (const column of requiredColumns) {
    if (!columns.includes(column))
      problems.push({
        row: 1,
        column,
        value: '',
        message: { id: `Kolom wajib "${column}" tidak ada.`, en: `Required column "${column}" is missing.` },
      });
  }
  if (problems.length > 0) return { records: [], problems };
  if (rows.length === 0)
    return {
      records: [],
      problems: [
        {
          row: 2,
          column: '',
          value: '',
          message: { id: 'Berkas tidak berisi data.', en: 'The file holds no data.' },
        },
      ],
    };

  const records: ResultRecord[] = [];
  const seen = new Map<string, number>();
  const editionByYear = new Map<number, { ref: string; row: number }>();
  for (const { row, cells } of rows) {
    const problem = (column: string, id: string, en: string) =>
      problems.push({ row, column, value: cells[column] ?? '', message: { id, en } });
    const before = problems.length;

    const year = parseInteger(cells.year);
    if (year === undefined || year < 2000 || year > 2100)
      problem('year', 'Tahun harus bilangan bulat 2000–2100.', 'Year must be a whole number 2000–2100.');
    const entity = entitiesByCode.get(cells.entity_code ?? '');
    if (!entity)
      problem(
        'entity_code',
        `Kode entitas "${cells.entity_code ?? ''}" tidak dikenal.`,
        `Unknown entity code "${cells.entity_code ?? ''}".`,
      );
    const score = parseScore(cells.score);
    if (score === undefined)
      problem(
        'score',
        'Nilai harus angka 0–100 dengan paling banyak 2 desimal.',
        'Score must be a number 0–100 with at most 2 decimals.',
      );

    let edition: CatalogEntry | undefined;
    if (year !== undefined) {
      const ref = cells.methodology || defaultMethodologyRefForYear(year);
      if (!ref)
        problem(
          'methodology',
          `Tahun ${year} tidak punya edisi metodologi bawaan; isi kolom methodology.`,
          `Year ${year} has no default methodology edition; fill the methodology column.`,
        );
      else {
        // History follows the corrected revision of a superseded edition (docs/decisions/005).
        edition = resolveCurrentEdition(catalog, ref)?.entry;
        if (!edition)
          problem(
            'methodology',
            `Edisi metodologi "${ref}" tidak ada.`,
            `Methodology edition "${ref}" does not exist.`,
          );
        const first = editionByYear.get(year);
        if (edition && first && first.ref !== edition.ref)
          problem(
            'methodology',
            `Tahun ${year} memakai "${first.ref}" di baris ${first.row}; satu tahun satu edisi.`,
            `Year ${year} uses "${first.ref}" on row ${first.row}; one edition per year.`,
          );
        if (edition && !first) editionByYear.set(year, { ref: edition.ref, row });
      }
    }

    const bands = edition?.methodology.classification.bands ?? [];
    const zones = edition?.methodology.classification.zones ?? [];
    const category = cells.category
      ? bands.find((band) => band.category.toLowerCase() === cells.category?.toLowerCase())?.category
      : null;
    if (edition && category === undefined)
      problem(
        'category',
        `Kategori "${cells.category}" tidak ada di ${edition.ref} (${bands.map((b) => b.category).join(', ')}).`,
        `Category "${cells.category}" is not in ${edition.ref} (${bands.map((b) => b.category).join(', ')}).`,
      );
    const zone = cells.zone ? findZone(cells.zone, zones) : null;
    if (edition && zone === undefined)
      problem(
        'zone',
        `Zona "${cells.zone}" tidak ada (${zones.map((z) => z.code).join(', ')}).`,
        `Zone "${cells.zone}" does not exist (${zones.map((z) => z.code).join(', ')}).`,
      );
    const rankProvince = parseOptionalRank(cells.rank_province);
    if (rankProvince === undefined)
      problem('rank_province', 'Peringkat harus bilangan bulat ≥ 1.', 'Rank must be a whole number ≥ 1.');
    else if (rankProvince !== null && entity && entity.kind !== 'pemkab' && entity.kind !== 'pemkot')
      problem(
        'rank_province',
        'Peringkat provinsi hanya untuk kabupaten/kota.',
        'A provincial rank applies only to kabupaten/kota.',
      );
    const rankNational = parseOptionalRank(cells.rank_national);
    if (rankNational === undefined)
      problem('rank_national', 'Peringkat harus bilangan bulat ≥ 1.', 'Rank must be a whole number ≥ 1.');
    const isDemoValue = parseFlag(cells.is_demo_value);
    if (isDemoValue === undefined)
      problem('is_demo_value', 'Isi "ya"/"tidak" (atau true/false).', 'Use "ya"/"tidak" (or true/false).');

    if (year !== undefined && entity) {
      const key = `${year}|${entity.code}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        problem(
          'entity_code',
          `${entity.code} tahun ${year} sudah ada di baris ${earlier}.`,
          `${entity.code} for ${year} is already on row ${earlier}.`,
        );
      else seen.set(key, row);
    }
    if (
      problems.length === before &&
      year !== undefined &&
      entity &&
      score !== undefined &&
      edition &&
      category !== undefined &&
      zone !== undefined &&
      rankProvince !== undefined &&
      rankNational !== undefined &&
      isDemoValue !== undefined
    ) {
      records.push({
        row,
        year,
        entity,
        score,
        category,
        zone,
        rankProvince,
        rankNational,
        edition,
        isDemoValue,
        note: cells.note ? cells.note : null,
      });
    }
  }
  return { records, problems };
}

function parseInteger(text: string | undefined): number | undefined {
  if (!text || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

function parseOptionalRank(text: string | undefined): number | null | undefined {
  if (!text) return null;
  const value = parseInteger(text);
  return value !== undefined && value >= 1 ? value : undefined;
}

/** "91.72" or, as Indonesian spreadsheets write it, "91,72". */
function parseScore(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const normalised = text.includes(',') && !text.includes('.') ? text.replace(',', '.') : text;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(normalised)) return undefined;
  const value = Number(normalised);
  return value >= 0 && value <= 100 ? value : undefined;
}

function parseFlag(text: string | undefined): boolean | undefined {
  const value = (text ?? '').toLowerCase();
  if (['', '0', 'false', 'tidak', 'no'].includes(value)) return false;
  if (['1', 'true', 'ya', 'yes'].includes(value)) return true;
  return undefined;
}

/** "hijau", "Hijau" or "Zona Hijau". */
function findZone(
  text: string,
  zones: readonly { code: string; label: { id: string; en: string } }[],
): string | undefined {
  const wanted = text.toLowerCase().replace(/^zona\s+/, '');
  return zones.find(
    (zone) =>
      zone.code === wanted ||
      zone.label.id.toLowerCase() === text.toLowerCase() ||
      zone.label.en.toLowerCase() === text.toLowerCase(),
  )?.code;
}
