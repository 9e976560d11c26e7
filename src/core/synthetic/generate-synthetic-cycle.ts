import type { Answer, EntityAnswers, Respondent, UnitAnswers } from '../answers/entity-answers';
import { indexMethodology, isApplicable } from '../methodology/index-methodology';
import type { Methodology } from '../methodology/methodology.schema';
import { createSeededRandom } from './create-seeded-random';

export interface SyntheticCycleOptions {
  seed: number;
  entityCount: number;
  unitsPerEntity: number;
  /** Overrides the required count of entity-scoped roles (e.g. 30 service users per entity). */
  entityRespondents?: number;
  /** Share of answers that come with supporting evidence where the indicator asks for it. */
  evidenceRate?: number;
}

/**
 * A made-up national cycle under a real edition: every required respondent present, every applicable
 * indicator answered by every asked respondent. Each entity gets its own quality so scores spread over all
 * categories. Deterministic in `seed`. Never real data.
 */
export function generateSyntheticCycle(
  methodology: Methodology,
  options: SyntheticCycleOptions,
): EntityAnswers[] {
  const random = createSeededRandom(options.seed);
  const index = indexMethodology(methodology);
  const evidenceRate = options.evidenceRate ?? 0.92;
  const entities: EntityAnswers[] = [];
  for (let e = 0; e < options.entityCount; e += 1) {
    const kind = methodology.entityKinds[Math.floor(random() * methodology.entityKinds.length)]?.code ?? '';
    const quality = 0.5 + random() * 0.5;
    const units: UnitAnswers[] = [];
    for (let u = 0; u < options.unitsPerEntity; u += 1) {
      const type = methodology.unitTypes[u % methodology.unitTypes.length]?.code ?? '';
      const respondents: Respondent[] = [];
      for (const role of methodology.respondentRoles) {
        if (role.scope !== 'unit' || !isApplicable(role.appliesTo, kind, type)) continue;
        for (let r = 0; r < role.requiredCount; r += 1)
          respondents.push({ id: `${role.code}-${r + 1}`, role: role.code });
      }
      units.push({
        code: `U${String(u + 1).padStart(2, '0')}`,
        name: `Unit ${u + 1}`,
        type,
        serviceProducts: 1 + (u % 3),
        respondents,
        answers: [],
      });
    }
    for (const role of methodology.respondentRoles) {
      if (role.scope !== 'entity' || !isApplicable(role.appliesTo, kind, undefined)) continue;
      const count = options.entityRespondents ?? role.requiredCount;
      for (let r = 0; r < count; r += 1) {
        const unit = units[r % units.length];
        if (unit !== undefined)
          (unit.respondents as Respondent[]).push({ id: `${role.code}-${r + 1}`, role: role.code });
      }
    }
    for (const unit of units) {
      const answers: Answer[] = [];
      for (const { indicator, scale } of index.indicators.values()) {
        if (!isApplicable(indicator.appliesTo, kind, unit.type)) continue;
        const needsEvidence = indicator.evidence.rule !== 'not-required';
        for (const respondent of unit.respondents) {
          if (!indicator.respondentRoles.includes(respondent.role)) continue;
          let step = 0;
          for (let trial = 1; trial < scale.values.length; trial += 1) if (random() < quality) step += 1;
          const level = scale.values[step] ?? scale.lowest;
          const hasEvidence = needsEvidence && random() < evidenceRate;
          answers.push(
            hasEvidence
              ? {
                  indicator: indicator.code,
                  respondent: respondent.id,
                  level,
                  evidence: [`doc-${indicator.code}`],
                }
              : { indicator: indicator.code, respondent: respondent.id, level },
          );
        }
      }
      (unit as { answers: readonly Answer[] }).answers = answers;
    }
    const province = String(11 + Math.floor(random() * 38));
    entities.push({
      code: `SYN-${String(e + 1).padStart(4, '0')}`,
      name: `Entitas Sintetis ${e + 1}`,
      kind,
      province,
      units,
    });
  }
  return entities;
}
