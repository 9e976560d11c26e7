import type { PublicResult } from '../../../contracts/public-results.contract';

/**
 * The suffix Peraturan Ombudsman 61/2025 adds to an opinion when every oversight product was followed up in
 * full (the Opini editions' `labelSuffix`); published rows carry it inside the label, as announced.
 */
const noMaladministrationSuffix = ' Tanpa Maladministrasi';

export function hasNoMaladministrationSuffix(result: Pick<PublicResult, 'opinionLabel'>): boolean {
  return result.opinionLabel.id.endsWith(noMaladministrationSuffix);
}

/** Zones of 2022–2024, then the four opinion levels that stand in for zones on the Opini editions. */
const colourGroupOrder = ['hijau', 'kuning', 'merah', 'tertinggi', 'tinggi', 'sedang', 'rendah'];

export interface ColourGroup {
  code: string;
  colour: string;
  count: number;
}

/** The colour groups present in the results (zones or opinion levels, or categories), in order, with counts. */
export function colourGroupsOf(results: readonly PublicResult[], by: 'zone' | 'category'): ColourGroup[] {
  const groups = new Map<string, ColourGroup>();
  for (const result of results) {
    const code = by === 'zone' ? result.zone : result.category;
    const colour = by === 'zone' ? result.zoneColour : result.categoryColour;
    const group = groups.get(code) ?? { code, colour, count: 0 };
    group.count += 1;
    groups.set(code, group);
  }
  const rank = (code: string) => {
    const index = colourGroupOrder.indexOf(code);
    return index === -1 ? colourGroupOrder.length : index;
  };
  return [...groups.values()].sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
}
