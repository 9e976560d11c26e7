import type { Methodology } from '../../core/methodology/methodology.schema';
import type { FollowUpStatusAtCutOff } from '../../core/oversight/oversight-follow-up-status';
import type { Queryable } from '../db/database';
import { findCycleByYear } from '../db/repositories/cycles.repository';
import {
  hasOversightProductIssuedBy,
  loadFollowUpStatusesAtCutOff,
} from '../db/repositories/oversight-products.repository';
import type { ResultSnapshotRow } from '../db/repositories/results.repository';
import { type BilingualMessage, DomainError } from '../errors';
import { oversightCutOffOf } from '../results/load-opinion-inputs';
import { isPiagamIssued, isZonelessEdition, topCategoryOf } from './piagam-eligibility';

/** Whether an entity's result gets a piagam, and if not, why (printed in the refusal). */
export interface PiagamDecision {
  issued: boolean;
  withheld?: BilingualMessage;
}

interface EntityForPiagam {
  entityId: string;
  entityName: string;
  provinceCode: string | null;
  category: string;
  zone: string;
}

/**
 * The 2022–2024 method's piagam gate (domain.md §4, "Clean and Clear", stated for 2024): the piagam goes to
 * green-zone entities that carried out every oversight product addressed to them. Keyed on the method id
 * because the shipped 2022–2024 editions cannot gain a field without changing the hash cycles froze.
 */
export function hasCleanAndClearGate(methodology: Methodology): boolean {
  return methodology.id === 'ombudsman-kepatuhan' && !isZonelessEdition(methodology);
}

/**
 * The piagam decision for each entity of a snapshot. Opini editions: Kualitas Tertinggi only. 2022–2024
 * editions: the best zone and no oversight product open at the cut-off (the cycle's, or 31 December of the
 * year for a year imported without a cycle); a historical import of a year the register holds nothing for
 * keeps its published outcome (every result its piagam), since the register cannot say who was withheld.
 * Other editions: every result.
 */
export async function decidePiagams(
  db: Queryable,
  snapshot: ResultSnapshotRow,
  entities: readonly EntityForPiagam[],
  methodology: Methodology,
): Promise<Map<string, PiagamDecision>> {
  const decisions = new Map<string, PiagamDecision>();
  if (!hasCleanAndClearGate(methodology)) {
    for (const entity of entities) decisions.set(entity.entityId, decisionByCategory(methodology, entity));
    return decisions;
  }
  // Only a computed snapshot takes the cut-off of the cycle that produced it: an imported year keeps 31
  // December, even when a cycle of the same year is planned later (its dates say nothing of that year).
  const cycle = snapshot.source === 'computed' ? await findCycleByYear(db, snapshot.year) : undefined;
  const cutOffOf = (provinceCode: string | null) =>
    cycle ? oversightCutOffOf(cycle, provinceCode) : `${snapshot.year}-12-31`;
  const byCutOff = new Map<string, EntityForPiagam[]>();
  for (const entity of entities) {
    const cutOff = cutOffOf(entity.provinceCode);
    byCutOff.set(cutOff, [...(byCutOff.get(cutOff) ?? []), entity]);
  }
  const topZone = methodology.classification.bands.find(
    (band) => band.category === topCategoryOf(methodology),
  )?.zone;
  for (const [cutOff, group] of byCutOff) {
    if (snapshot.source === 'historical-import' && !(await hasOversightProductIssuedBy(db, cutOff))) {
      for (const entity of group) decisions.set(entity.entityId, { issued: true });
      continue;
    }
    const statuses = await loadFollowUpStatusesAtCutOff(
      db,
      group.map((entity) => entity.entityId),
      cutOff,
    );
    for (const entity of group) {
      const status = statuses.get(entity.entityId);
      decisions.set(entity.entityId, gateDecision(entity, topZone, status, cutOff));
    }
  }
  return decisions;
}

export async function decidePiagam(
  db: Queryable,
  snapshot: ResultSnapshotRow,
  entity: EntityForPiagam,
  methodology: Methodology,
): Promise<PiagamDecision> {
  const decisions = await decidePiagams(db, snapshot, [entity], methodology);
  return decisions.get(entity.entityId) ?? { issued: false };
}

/** Refuses (404, with the reason) an entity piagam the decision withholds. */
export async function requireEntityPiagam(
  db: Queryable,
  snapshot: ResultSnapshotRow,
  entity: EntityForPiagam,
  methodology: Methodology,
): Promise<void> {
  const decision = await decidePiagam(db, snapshot, entity, methodology);
  if (!decision.issued) throw piagamWithheld(decision);
}

/** The refusal (404, with the reason) of a piagam the decision withholds. */
export function piagamWithheld(decision: PiagamDecision): DomainError {
  return new DomainError(
    'NOT_FOUND',
    decision.withheld ?? { id: 'Piagam tidak diberikan.', en: 'No piagam is given.' },
  );
}

function decisionByCategory(methodology: Methodology, entity: EntityForPiagam): PiagamDecision {
  if (isPiagamIssued(methodology, entity.category)) return { issued: true };
  return {
    issued: false,
    withheld: {
      id: `Piagam Opini Ombudsman RI hanya diberikan kepada predikat Kualitas Tertinggi; ${entity.entityName} menerima rapor.`,
      en: `The Opini Ombudsman RI award goes only to Kualitas Tertinggi; ${entity.entityName} receives its rapor.`,
    },
  };
}

function gateDecision(
  entity: EntityForPiagam,
  topZone: string | undefined,
  status: FollowUpStatusAtCutOff | undefined,
  cutOff: string,
): PiagamDecision {
  if (entity.zone !== topZone)
    return {
      issued: false,
      withheld: {
        id: `Piagam hanya diberikan kepada entitas zona hijau yang Clean and Clear; ${entity.entityName} menerima rapor.`,
        en: `The piagam goes only to green-zone entities that are Clean and Clear; ${entity.entityName} receives its rapor.`,
      },
    };
  const open = status?.openProductIds.length ?? 0;
  if (status?.followedUpInFull !== 'open') return { issued: true };
  return {
    issued: false,
    withheld: {
      id: `Piagam ditahan: ${open} produk pengawasan Ombudsman belum ditindaklanjuti tuntas per ${cutOff} (bukan Clean and Clear); ${entity.entityName} menerima rapor.`,
      en: `Piagam withheld: ${open} Ombudsman oversight product(s) not followed up in full by ${cutOff} (not Clean and Clear); ${entity.entityName} receives its rapor.`,
    },
  };
}
