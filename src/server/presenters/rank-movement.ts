import type { BilingualMessage } from '../errors';

interface RankedRow {
  kind: string;
  provinceCode: string | null;
  rankNational: number;
  rankNationalOf: number;
  rankProvince: number | null;
  rankProvinceOf: number | null;
}

export interface RankMovement {
  previousRankNational: number | null;
  previousRankProvince: number | null;
  rankNationalNotComparable: BilingualMessage | null;
  rankProvinceNotComparable: BilingualMessage | null;
}

/**
 * The ranks of the year before to show a movement against, only where both years rank the same population:
 * the same kind (nationally) or province, and the same number ranked. A 3rd of 3 is not "up 3" from a 6th
 * of 17 (issue #17): then the rank of the year before is withheld and the reason said instead, and the page
 * shows the score change.
 */
export function rankMovementOf(row: RankedRow, previous: RankedRow | undefined): RankMovement {
  if (!previous)
    return {
      previousRankNational: null,
      previousRankProvince: null,
      rankNationalNotComparable: null,
      rankProvinceNotComparable: null,
    };
  const national =
    previous.kind !== row.kind
      ? {
          id: 'Peringkat nasional tidak dibandingkan: jenis entitas berbeda dari tahun sebelumnya.',
          en: 'National rank not compared: the entity kind differs from the year before.',
        }
      : previous.rankNationalOf !== row.rankNationalOf
        ? differentCount(previous.rankNationalOf, row.rankNationalOf)
        : null;
  const hasProvinceRanks = row.rankProvince !== null && previous.rankProvince !== null;
  const province = !hasProvinceRanks
    ? null
    : previous.provinceCode !== row.provinceCode
      ? {
          id: 'Peringkat provinsi tidak dibandingkan: provinsinya berbeda dari tahun sebelumnya.',
          en: 'Province rank not compared: the province differs from the year before.',
        }
      : previous.rankProvinceOf !== row.rankProvinceOf
        ? differentCount(previous.rankProvinceOf ?? 0, row.rankProvinceOf ?? 0)
        : null;
  return {
    previousRankNational: national ? null : previous.rankNational,
    previousRankProvince: province || !hasProvinceRanks ? null : previous.rankProvince,
    rankNationalNotComparable: national,
    rankProvinceNotComparable: province,
  };
}

function differentCount(before: number, now: number): BilingualMessage {
  return {
    id: `Peringkat tidak dibandingkan: tahun sebelumnya diperingkat di antara ${before} entitas, tahun ini di antara ${now}.`,
    en: `Rank not compared: the year before ranked ${before} entities, this year ${now}.`,
  };
}
