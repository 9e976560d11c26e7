import type { CyclePhaseInput } from '../../contracts/cycles.contract';
import { type CyclePhase, validateCyclePhases } from '../../core/cycles/cycle-phases';
import type { StoredCyclePhase } from '../db/schema/cycles';
import { DomainError } from '../errors';
import { findCachedEdition } from '../methodologies/cached-methodology-catalog';
import type { CatalogEntry } from '../methodologies/load-methodology-catalog';

/** Phase dates from a request, refused with every problem named when they are not in order. */
export function validatePhasesInput(phases: readonly CyclePhaseInput[]): StoredCyclePhase[] {
  const parsed: CyclePhase[] = phases.map((phase) => ({
    code: phase.code,
    startsAt: new Date(phase.startsAt),
    endsAt: new Date(phase.endsAt),
  }));
  const problems = validateCyclePhases(parsed);
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        id: problems.map((problem) => problem.message.id).join(' '),
        en: problems.map((problem) => problem.message.en).join(' '),
      },
      problems.map((problem) => ({ path: problem.path, message: problem.message.id })),
    );
  }
  return parsed.map((phase) => ({
    code: phase.code,
    startsAt: phase.startsAt.toISOString(),
    endsAt: phase.endsAt.toISOString(),
  }));
}

/** A valid, not retired edition of the catalogue. */
export async function requireUsableEdition(ref: string): Promise<CatalogEntry> {
  const edition = await findCachedEdition(ref);
  if (!edition || edition.methodology.status === 'retired') {
    throw new DomainError('VALIDATION_FAILED', {
      id: `Edisi metodologi "${ref}" tidak ada di katalog atau sudah tidak berlaku.`,
      en: `Methodology edition "${ref}" is not in the catalogue or is retired.`,
    });
  }
  return edition;
}
