import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Province } from '../../contracts/regions.contract';
import { readCsv } from '../../reports/csv/read-csv';

export interface Regency {
  code: string;
  provinceCode: string;
  /** Display name, e.g. "Kabupaten Musi Banyuasin". */
  name: string;
  kind: 'kabupaten' | 'kota';
}

/** Words written in capitals by idn-area-data that keep a special form in display names. */
const displayForms: Record<string, string> = { DKI: 'DKI', DAN: 'dan' };

let provinces: Province[] | undefined;
let regencies: Regency[] | undefined;

/** The 38 provinces with Kemendagri codes from idn-area-data (its data is under the ODbL). */
export function loadProvinces(): Province[] {
  provinces ??= readAreaCsv('provinces.csv').map(([code = '', name = '']) => ({
    code,
    name: toDisplayCase(name),
  }));
  return provinces;
}

/** The 514 kabupaten/kota with Kemendagri codes "PP.RR" from idn-area-data. */
export function loadRegencies(): Regency[] {
  regencies ??= readAreaCsv('regencies.csv').map(([code = '', provinceCode = '', name = '']) => ({
    code,
    provinceCode,
    name: toDisplayCase(name),
    kind: name.startsWith('KOTA ') ? 'kota' : 'kabupaten',
  }));
  return regencies;
}

export function findProvinceName(code: string): string | undefined {
  return loadProvinces().find((province) => province.code === code)?.name;
}

function readAreaCsv(fileName: string): string[][] {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json'));
  const [, ...rows] = readCsv(fs.readFileSync(path.join(packageDir, 'data', fileName), 'utf8').trim());
  return rows.map((cells) => cells.map((cell) => cell.trim()));
}

function toDisplayCase(name: string): string {
  return name
    .split(' ')
    .map((word) => displayForms[word] ?? word.charAt(0) + word.slice(1).toLowerCase())
    .join(' ');
}
