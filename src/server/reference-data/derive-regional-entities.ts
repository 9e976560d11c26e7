import type { Province } from '../../contracts/regions.contract';
import type { Regency } from '../regions/load-regions';

export interface RegionalEntity {
  code: string;
  kind: 'pemprov' | 'pemkab' | 'pemkot';
  provinceCode: string;
  regencyCode: string | null;
  officialName: string;
  shortName: string;
}

/** One assessed government per province and per kabupaten/kota, named the way official documents do. */
export function deriveRegionalEntities(
  provinces: readonly Province[],
  regencies: readonly Regency[],
): RegionalEntity[] {
  const provincial = provinces.map((province) => ({
    code: province.code,
    kind: 'pemprov' as const,
    provinceCode: province.code,
    regencyCode: null,
    officialName: `Pemerintah Provinsi ${province.name}`,
    shortName: `Prov. ${province.name}`,
  }));
  const regional = regencies.map((regency) => ({
    code: regency.code,
    kind: regency.kind === 'kota' ? ('pemkot' as const) : ('pemkab' as const),
    provinceCode: regency.provinceCode,
    regencyCode: regency.code,
    officialName: `Pemerintah ${regency.name}`,
    shortName: abbreviateRegencyName(regency.name),
  }));
  return [...provincial, ...regional];
}

/** "Kabupaten Musi Banyuasin" → "Kab. Musi Banyuasin"; "Kota Administrasi Jakarta Pusat" → "Kota Adm. Jakarta Pusat". */
export function abbreviateRegencyName(name: string): string {
  return name
    .replace(/^Kabupaten Administrasi /, 'Kab. Adm. ')
    .replace(/^Kota Administrasi /, 'Kota Adm. ')
    .replace(/^Kabupaten /, 'Kab. ');
}
