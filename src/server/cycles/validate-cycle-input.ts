import type { CyclePhaseInput } from '../../contracts/cycles.contract';
import { type CyclePhase, validateCyclePhases } from '../../core/cycles/cycle-phases';
import { formattersFor } from '../../core/format';
import type { StoredCyclePhase } from '../db/schema/cycles';
import { type BilingualMessage, DomainError } from '../errors';
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

// A decree date is a calendar day without a zone; it counts as lasting until midnight WIB (UTC+7, the
// westernmost Indonesian zone and so the latest midnight), which keeps a date set in WITA or WIT valid.
const decreeDayEndsAfterUtcMidnightMs = 17 * 60 * 60 * 1000;

// A cycle is national: its phase bounds are written in Jakarta time, named ("… pukul 00.00 WIB").
const shown = (instant: string, language: 'id' | 'en') => formattersFor(language).dateTime(instant, null);
const shownDay = (isoDate: string, language: 'id' | 'en') => formattersFor(language).calendarDate(isoDate);

interface DecreeProblem {
  path: 'decreeDate' | 'embargoAt';
  message: BilingualMessage;
}

/**
 * The decree (SK) is signed in or after determination, and the embargo lifts during publication, never
 * before determination ends. Phases are already valid here; each problem names its field.
 */
export function validateDecreeAndEmbargo(input: {
  phases: readonly StoredCyclePhase[];
  decreeDate: string | null;
  embargoAt: string | null;
}): void {
  const determination = input.phases.find((phase) => phase.code === 'determination');
  const publication = input.phases.find((phase) => phase.code === 'publication');
  if (!determination || !publication) return;
  const problems: DecreeProblem[] = [];
  if (input.decreeDate) {
    const dayEnd = Date.parse(`${input.decreeDate}T00:00:00Z`) + decreeDayEndsAfterUtcMidnightMs;
    if (dayEnd <= Date.parse(determination.startsAt)) {
      problems.push({
        path: 'decreeDate',
        message: {
          id: `Tanggal SK (${shownDay(input.decreeDate, 'id')}) harus pada atau setelah dimulainya tahap Penetapan (${shown(determination.startsAt, 'id')}).`,
          en: `The decree date (${shownDay(input.decreeDate, 'en')}) must be on or after the start of the Determination phase (${shown(determination.startsAt, 'en')}).`,
        },
      });
    }
  }
  if (input.embargoAt) {
    const embargo = Date.parse(input.embargoAt);
    if (embargo < Date.parse(determination.endsAt)) {
      problems.push({
        path: 'embargoAt',
        message: {
          id: `Embargo publikasi (${shown(input.embargoAt, 'id')}) tidak boleh sebelum tahap Penetapan berakhir (${shown(determination.endsAt, 'id')}).`,
          en: `The publication embargo (${shown(input.embargoAt, 'en')}) must not be before the Determination phase ends (${shown(determination.endsAt, 'en')}).`,
        },
      });
    } else if (embargo < Date.parse(publication.startsAt) || embargo >= Date.parse(publication.endsAt)) {
      problems.push({
        path: 'embargoAt',
        message: {
          id: `Embargo publikasi (${shown(input.embargoAt, 'id')}) harus di dalam tahap Publikasi (${shown(publication.startsAt, 'id')} sampai ${shown(publication.endsAt, 'id')}).`,
          en: `The publication embargo (${shown(input.embargoAt, 'en')}) must fall within the Publication phase (${shown(publication.startsAt, 'en')} to ${shown(publication.endsAt, 'en')}).`,
        },
      });
    }
  }
  if (problems.length === 0) return;
  throw new DomainError(
    'VALIDATION_FAILED',
    {
      id: problems.map((problem) => problem.message.id).join(' '),
      en: problems.map((problem) => problem.message.en).join(' '),
    },
    // `message` stays Indonesian like every detail; `messages` lets a form show the user's language.
    problems.map((problem) => ({
      path: problem.path,
      message: problem.message.id,
      messages: problem.message,
    })),
  );
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

/**
 * An edition a new cycle (or a cycle changing edition) may name: usable and not superseded by a corrected
 * revision (docs/decisions/005). Cycles already on a superseded edition keep it: only choosing it is refused.
 */
export async function requireCurrentEdition(ref: string): Promise<CatalogEntry> {
  const edition = await requireUsableEdition(ref);
  const supersededBy = edition.methodology.supersededBy;
  if (supersededBy === undefined) return edition;
  throw new DomainError(
    'EDITION_SUPERSEDED',
    {
      id: `Edisi metodologi "${ref}" sudah diganti oleh "${supersededBy.ref}" dan tidak dapat dipakai untuk siklus baru: ${supersededBy.reason.id} Pakai "${supersededBy.ref}".`,
      en: `Methodology edition "${ref}" has been superseded by "${supersededBy.ref}" and cannot be used for a new cycle: ${supersededBy.reason.en} Use "${supersededBy.ref}".`,
    },
    { methodologyRef: ref, supersededBy: supersededBy.ref },
  );
}
