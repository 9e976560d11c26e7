import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Province } from '../../contracts/regions.contract';

/** Words idn-area-data writes in capitals that stay capitalised in display names. */
const keptUpperCase = new Set(['DKI']);

let cached: Province[] | undefined;

/** The 38 provinces with Kemendagri codes from idn-area-data (data under ODbL), with display-cased names. */
export function loadProvinces(): Province[] {
  cached ??= readProvincesCsv().map(({ code, name }) => ({ code, name: toDisplayCase(name) }));
  return cached;
}

export function findProvinceName(code: string): string | undefined {
  return loadProvinces().find((province) => province.code === code)?.name;
}

function readProvincesCsv(): { code: string; name: string }[] {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json'));
  const lines = fs
    .readFileSync(path.join(packageDir, 'data', 'provinces.csv'), 'utf8')
    .trim()
    .split(/\r?\n/);
  return lines.slice(1).map((line) => {
    const [code = '', name = ''] = line.split(',');
    return { code: code.trim(), name: name.trim() };
  });
}

function toDisplayCase(name: string): string {
  return name
    .split(' ')
    .map((word) => (keptUpperCase.has(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()))
    .join(' ');
}
