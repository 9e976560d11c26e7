import type { EntityAnswers } from '../../core/answers/entity-answers';
import type { OpinionElements } from '../../core/methodology/aggregation.schema';
import type { Methodology } from '../../core/methodology/methodology.schema';
import type { FollowUpStatusAtCutOff } from '../../core/oversight/oversight-follow-up-status';
import { type PublicTrustScore, scorePublicTrust } from '../../core/public-trust/score-public-trust';
import { scoreOversightCompliance } from '../../core/scoring/score-opinion-elements';
import type { Queryable } from '../db/database';
import { loadFollowUpStatusesAtCutOff } from '../db/repositories/oversight-products.repository';
import { listTrustResponses } from '../db/repositories/public-trust.repository';
import type { StoredCyclePhase } from '../db/schema/cycles';
import type { CatalogEntry } from '../methodologies/load-methodology-catalog';
import { localToday } from '../plans/item-deadlines';
import { trustQuestionSetOf } from '../public-trust/trust-question-set';

/** What the Opini editions' public-trust and compliance elements read for one locus. */
export interface OpinionInputs {
  publicTrust: PublicTrustScore;
  /** Counted responses the edition's public-trust survey asks for. */
  publicTrustTarget: number;
  followUp: FollowUpStatusAtCutOff;
}

/** The edition's three-element rule, or undefined for editions scored without it (2022–2024). */
export function opinionElementsOf(methodology: Methodology): OpinionElements | undefined {
  return methodology.aggregation.adjustments.find(
    (adjustment): adjustment is OpinionElements => adjustment.kind === 'opinion-elements',
  );
}

/**
 * The oversight register's cut-off for a cycle: the last calendar day of the data-collection phase, in the
 * entity's province zone (the zone confirmations are dated in). Chosen over the moment of finalising so that
 * re-finalising the same cycle (a correction) reads the same register status, and a follow-up confirmed while
 * the results are being verified cannot change a score the entity has already seen in its provisional rapor.
 */
export function oversightCutOffOf(
  cycle: { year: number; phases: readonly StoredCyclePhase[] },
  provinceCode: string | null,
): string {
  const collection = cycle.phases.find((phase) => phase.code === 'data-collection');
  if (!collection) throw new Error(`cycle ${cycle.year} has no data-collection phase`);
  // `endsAt` is exclusive: the last instant of the phase is one millisecond before it.
  return localToday(new Date(Date.parse(collection.endsAt) - 1), provinceCode);
}

/**
 * For every locus: its public-trust survey scored (`scorePublicTrust` of its counted responses) and its
 * oversight products' follow-up status at the cycle's cut-off. Cut-offs differ by zone, so the register is
 * read once per distinct cut-off date.
 */
export async function loadOpinionInputs(
  db: Queryable,
  cycle: { year: number; phases: readonly StoredCyclePhase[] },
  edition: CatalogEntry,
  loci: readonly { locusId: string; entityId: string; provinceCode: string | null }[],
): Promise<Map<string, OpinionInputs>> {
  const questionSet = await trustQuestionSetOf(edition);
  const entitiesByCutOff = new Map<string, string[]>();
  for (const locus of loci) {
    const cutOff = oversightCutOffOf(cycle, locus.provinceCode);
    entitiesByCutOff.set(cutOff, [...(entitiesByCutOff.get(cutOff) ?? []), locus.entityId]);
  }
  const followUps = new Map<string, FollowUpStatusAtCutOff>();
  for (const [cutOff, entityIds] of entitiesByCutOff)
    for (const [entityId, status] of await loadFollowUpStatusesAtCutOff(db, entityIds, cutOff))
      followUps.set(entityId, status);
  const inputs = new Map<string, OpinionInputs>();
  for (const locus of loci) {
    const followUp = followUps.get(locus.entityId);
    if (!followUp) throw new Error(`follow-up status missing for entity ${locus.entityId}`);
    const responses = await listTrustResponses(db, locus.locusId);
    inputs.set(locus.locusId, {
      publicTrust: scorePublicTrust(
        responses.map((row) => ({ answers: row.answers, excluded: row.excludedAt !== null })),
        questionSet,
      ),
      publicTrustTarget: questionSet.target,
      followUp,
    });
  }
  return inputs;
}

/**
 * The entity's answers with the two elements that do not come from its units. A survey without a known answer
 * leaves the public-trust score out (the core then scores it 0 and flags `missing-public-trust`). The suffix
 * "Tanpa Maladministrasi" needs products received AND all followed up (domain.md §7): an entity with no product
 * gets no suffix. Compliance counts products confirmed `selesai` by the cut-off; the register's status at a
 * cut-off does not tell partly followed-up products apart from open ones, so they earn no half credit here.
 */
export function withOpinionInputs(answers: EntityAnswers, inputs: OpinionInputs): EntityAnswers {
  const { followUp, publicTrust } = inputs;
  return {
    ...answers,
    ...(publicTrust.score0to100 === null ? {} : { publicTrustScore: publicTrust.score0to100 }),
    oversight: {
      ignoredProducts: followUp.openProductIds.length,
      followedUpFindings: followUp.followedUpInFull === 'all-followed-up',
      complianceScore: scoreOversightCompliance({
        received: followUp.issued,
        followedUpInFull: followUp.followedUp,
        partlyFollowedUp: 0,
      }),
    },
  };
}

/**
 * On the Opini editions, each entity's public-trust survey and its oversight register at the cycle's cut-off
 * feed the second and third elements and the suffix; other editions score from the units alone. Finalising and
 * the provisional results read the same inputs, so the entity sees before the objection window what is published.
 */
export async function attachOpinionInputs<
  T extends {
    locus: { locusId: string; entityId: string; provinceCode: string | null };
    answers: EntityAnswers;
  },
>(
  db: Queryable,
  cycle: { year: number; phases: readonly StoredCyclePhase[] },
  edition: CatalogEntry,
  loci: readonly T[],
): Promise<T[]> {
  if (!opinionElementsOf(edition.methodology)) return [...loci];
  const inputs = await loadOpinionInputs(
    db,
    cycle,
    edition,
    loci.map(({ locus }) => locus),
  );
  return loci.map((entry) => {
    const own = inputs.get(entry.locus.locusId);
    return own ? { ...entry, answers: withOpinionInputs(entry.answers, own) } : entry;
  });
}
