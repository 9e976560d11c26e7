import { CoreError } from '../errors/core-error';
import { toScaledInteger } from '../numbers/round-half-up';

export type RankGroupKey = 'kind' | 'province' | 'unitType';

export interface RankInput {
  /** Stable identity (e.g. a region code); defaults to the name. */
  id?: string;
  name: string;
  score: number;
  kind?: string;
  province?: string;
  unitType?: string;
}

export interface RankedEntry {
  id: string;
  name: string;
  score: number;
  roundedScore: number;
  kind?: string;
  province?: string;
  unitType?: string;
  rank: number;
  /** e.g. "kind=pemkab|province=16"; "" when ranking everything together. */
  group: string;
  groupSize: number;
  previousRank: number | null;
  /** previousRank − rank: positive means the entry moved up. null when it was not ranked before. */
  movement: number | null;
}

export interface RankOptions {
  /** National per entity kind: ['kind']; per province: ['kind', 'province']; per unit type: ['province', 'unitType']. */
  groupBy?: readonly RankGroupKey[];
  decimals?: number;
  previous?: readonly Pick<RankedEntry, 'id' | 'group' | 'rank'>[];
}

/**
 * Competition ranking on published (rounded) scores: equal scores share a rank and the next rank skips
 * (1, 2, 2, 4). Ties are listed by name. Output is ordered by group, then rank, then name, so it does not
 * depend on the input order.
 */
export function rank(results: readonly RankInput[], options: RankOptions = {}): RankedEntry[] {
  const groupBy = options.groupBy ?? [];
  const decimals = options.decimals ?? 2;
  const groups = new Map<string, { entry: RankInput; id: string; scaled: number }[]>();
  for (const entry of results) {
    if (!Number.isFinite(entry.score) || entry.score < 0 || entry.score > 100) {
      throw new CoreError('RANK_INVALID', {
        id: `skor "${entry.name}" (${entry.score}) di luar rentang 0–100`,
        en: `score of "${entry.name}" (${entry.score}) is outside 0–100`,
      });
    }
    const group = groupBy.map((key) => `${key}=${entry[key] ?? ''}`).join('|');
    const list = groups.get(group) ?? [];
    list.push({ entry, id: entry.id ?? entry.name, scaled: toScaledInteger(entry.score, decimals) });
    groups.set(group, list);
  }
  const previousRanks = new Map(
    (options.previous ?? []).map((entry) => [`${entry.group}\u0000${entry.id}`, entry.rank]),
  );
  const ranked: RankedEntry[] = [];
  for (const group of [...groups.keys()].sort(compareText)) {
    const members = groups.get(group) ?? [];
    members.sort(
      (a, b) => b.scaled - a.scaled || compareNames(a.entry.name, b.entry.name) || compareText(a.id, b.id),
    );
    const seen = new Set<string>();
    members.forEach((member, position) => {
      if (seen.has(member.id)) {
        throw new CoreError('RANK_INVALID', {
          id: `"${member.id}" muncul dua kali dalam kelompok yang sama`,
          en: `"${member.id}" appears twice in the same group`,
        });
      }
      seen.add(member.id);
      const previousMember = members[position - 1];
      const previousEntry = ranked[ranked.length - 1];
      const shared = previousMember !== undefined && previousMember.scaled === member.scaled;
      const rankHere = shared && previousEntry !== undefined ? previousEntry.rank : position + 1;
      const previousRank = previousRanks.get(`${group}\u0000${member.id}`) ?? null;
      ranked.push({
        ...member.entry,
        id: member.id,
        roundedScore: member.scaled / 10 ** decimals,
        rank: rankHere,
        group,
        groupSize: members.length,
        previousRank,
        movement: previousRank === null ? null : previousRank - rankHere,
      });
    });
  }
  return ranked;
}

function compareNames(a: string, b: string): number {
  return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b);
}

/** Code-unit order: the same in every runtime, unlike locale collation. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
