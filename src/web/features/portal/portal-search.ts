/** The portal's state lives in the address, so a view (year, province, map) can be shared as a link. */
export interface PortalSearch {
  tahun?: number | undefined;
  jenis?: 'pemprov' | 'pemkab' | 'pemkot' | 'kementerian' | 'lembaga' | undefined;
  provinsi?: string | undefined;
  peta?: 'kabkota' | 'provinsi' | undefined;
  warna?: 'zona' | 'kategori' | undefined;
}

const kinds = ['pemprov', 'pemkab', 'pemkot', 'kementerian', 'lembaga'] as const;

export function parsePortalSearch(search: Record<string, unknown>): PortalSearch {
  const year = Number(search.tahun);
  const kind = kinds.find((candidate) => candidate === search.jenis);
  const province =
    typeof search.provinsi === 'string' && /^\d{2}$/.test(search.provinsi) ? search.provinsi : undefined;
  return {
    tahun: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    jenis: kind,
    provinsi: province,
    peta: search.peta === 'provinsi' ? 'provinsi' : undefined,
    warna: search.warna === 'kategori' ? 'kategori' : undefined,
  };
}
