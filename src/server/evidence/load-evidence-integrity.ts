import type {
  CollectionEvidenceItem,
  EvidenceIntegrityFlag,
} from '../../contracts/evidence-integrity.contract';
import {
  type Coordinates,
  nearDuplicateMaxBits,
  type PhotoRuleFlag,
  photoIntegrityFlagCodes,
  photoRuleFlags,
  photoWindowOf,
  type TimeWindow,
} from '../../core/evidence/photo-integrity-rules';
import { formatDate, formatNumber } from '../../core/format';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import type { Queryable } from '../db/database';
import type { CycleRow } from '../db/repositories/cycles.repository';
import {
  type EarlierUse,
  type FlagDecisionView,
  listEarlierUses,
  listFlagDecisions,
} from '../db/repositories/evidence-integrity.repository';

export interface IntegrityEvidence {
  id: string;
  mediaType: string;
  takenAt: Date | null;
  latitude: number | null;
  longitude: number | null;
  /** The coordinates of the unit the evidence was uploaded for; null while it has none. */
  unitPosition: Coordinates | null;
}

export interface IntegrityRuleSettings {
  maxDistanceKm: number;
  provinceCode: string | null;
}

export type EvidenceIntegrity = Required<Pick<CollectionEvidenceItem, 'integrityFlags' | 'counts'>>;

/** Most earlier uses named in one flag: enough to find the original, bounded for a photo reused a hundred times. */
const maxEarlierUsesListed = 5;

/**
 * The integrity flags of evidence items, each with the verifier's decision, and whether the item still counts
 * for scoring (no flag rejected). Only photos are judged: a PDF has no capture time or place, and the same
 * regulation legitimately supports many units. Computed on every read, so corrected unit coordinates or cycle
 * dates change the flags at once; decisions are kept by flag code.
 */
export async function loadEvidenceIntegrity(
  db: Queryable,
  cycle: Pick<CycleRow, 'phases'>,
  evidence: readonly IntegrityEvidence[],
  settings: IntegrityRuleSettings,
): Promise<Map<string, EvidenceIntegrity>> {
  const photos = evidence.filter((item) => item.mediaType.startsWith('image/'));
  const ids = evidence.map((item) => item.id);
  const earlierUses = await listEarlierUses(
    db,
    photos.map((item) => item.id),
    nearDuplicateMaxBits,
    maxEarlierUsesListed,
  );
  const decisions = await listFlagDecisions(db, ids);
  const window = collectionWindowOf(cycle);
  const usesByEvidence = groupBy(earlierUses, (use) => use.evidenceId);
  const decisionsByEvidence = groupBy(decisions, (decision) => decision.evidenceId);
  const result = new Map<string, EvidenceIntegrity>();
  for (const item of evidence) {
    const itemDecisions = decisionsByEvidence.get(item.id) ?? [];
    const flags: EvidenceIntegrityFlag[] = [];
    if (item.mediaType.startsWith('image/')) {
      const position =
        item.latitude !== null && item.longitude !== null
          ? { latitude: item.latitude, longitude: item.longitude }
          : null;
      const ruleFlags = photoRuleFlags(
        { takenAt: item.takenAt, position },
        { window, unitPosition: item.unitPosition, maxDistanceKm: settings.maxDistanceKm },
      );
      for (const flag of ruleFlags) flags.push(presentRuleFlag(flag, settings.provinceCode, itemDecisions));
      const uses = usesByEvidence.get(item.id) ?? [];
      if (uses.length > 0) flags.push(presentDuplicate(uses, itemDecisions));
    }
    flags.sort((a, b) => photoIntegrityFlagCodes.indexOf(a.code) - photoIntegrityFlagCodes.indexOf(b.code));
    // A rejection stays in force even if its flag no longer shows (say the unit's coordinates were
    // corrected): it is a person's decision, changed only by another decision.
    const counts = !itemDecisions.some((decision) => decision.decision === 'rejected');
    result.set(item.id, { integrityFlags: flags, counts });
  }
  return result;
}

/** The data-collection phase of the cycle widened by a day each side; null if the cycle has none. */
export function collectionWindowOf(cycle: Pick<CycleRow, 'phases'>): TimeWindow | null {
  const phase = phasesOfCycle(cycle).find((candidate) => candidate.code === 'data-collection');
  return phase ? photoWindowOf({ startsAt: phase.startsAt, endsAt: phase.endsAt }) : null;
}

function presentRuleFlag(
  flag: PhotoRuleFlag,
  provinceCode: string | null,
  decisions: readonly FlagDecisionView[],
): EvidenceIntegrityFlag {
  const decision = presentDecision(decisions, flag.code);
  switch (flag.code) {
    case 'no-metadata':
      return {
        code: flag.code,
        details: {
          message: {
            id: 'Foto tanpa waktu dan lokasi pengambilan (EXIF): tidak dapat diperiksa kapan dan di mana diambil.',
            en: 'Photo without capture time or place (EXIF): when and where it was taken cannot be checked.',
          },
        },
        decision,
      };
    case 'gps-far': {
      const distance = Math.round(flag.distanceKm * 10) / 10;
      return {
        code: flag.code,
        details: {
          message: {
            id: `Foto diambil ${formatNumber(distance, 'id', 1)} km dari koordinat unit (batas ${formatNumber(flag.maxDistanceKm, 'id', 1)} km).`,
            en: `Photo taken ${formatNumber(distance, 'en', 1)} km from the unit's coordinates (limit ${formatNumber(flag.maxDistanceKm, 'en', 1)} km).`,
          },
          distanceKm: distance,
          maxDistanceKm: flag.maxDistanceKm,
        },
        decision,
      };
    }
    case 'time-outside-window': {
      // Days in the unit's province ("14 Maret 2019"), whatever zone the server runs in.
      const day = (moment: Date, language: 'id' | 'en') => formatDate(moment, language, provinceCode);
      const lastMoment = new Date(flag.window.endsAt.getTime() - 1);
      const [taken, from, until] = [flag.takenAt, flag.window.startsAt, lastMoment];
      return {
        code: flag.code,
        details: {
          message: {
            id: `Foto diambil ${day(taken, 'id')}, di luar masa pengumpulan data (${day(from, 'id')} s.d. ${day(until, 'id')}, termasuk ± 1 hari).`,
            en: `Photo taken ${day(taken, 'en')}, outside data collection (${day(from, 'en')} to ${day(until, 'en')}, ± 1 day included).`,
          },
          takenAt: flag.takenAt.toISOString(),
          windowStartsAt: flag.window.startsAt.toISOString(),
          windowEndsAt: flag.window.endsAt.toISOString(),
        },
        decision,
      };
    }
  }
}

function presentDuplicate(
  uses: readonly EarlierUse[],
  decisions: readonly FlagDecisionView[],
): EvidenceIntegrityFlag {
  const listed = uses.slice(0, maxEarlierUsesListed);
  const where = listed
    .map((use) => `${use.year} ${use.entityName} · ${use.unitName} · ${use.indicatorCode}`)
    .join('; ');
  const exact = listed.every((use) => use.match === 'exact');
  return {
    code: 'duplicate',
    details: {
      message: {
        id: `${exact ? 'Foto yang sama' : 'Foto yang hampir sama'} sudah dipakai sebelumnya: ${where}.`,
        en: `${exact ? 'The same photo' : 'A near-identical photo'} was used before: ${where}.`,
      },
      earlierUses: listed.map(({ evidenceId: _evidenceId, ...use }) => use),
    },
    decision: presentDecision(decisions, 'duplicate'),
  };
}

function presentDecision(
  decisions: readonly FlagDecisionView[],
  code: EvidenceIntegrityFlag['code'],
): EvidenceIntegrityFlag['decision'] {
  const found = decisions.find((decision) => decision.flagCode === code);
  return found
    ? {
        decision: found.decision,
        note: found.note,
        decidedAt: found.decidedAt.toISOString(),
        decidedBy: found.decidedByName,
      }
    : null;
}

function groupBy<Item>(items: readonly Item[], keyOf: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
