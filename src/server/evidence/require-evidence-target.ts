import type { Methodology } from '../../core/methodology/methodology.schema';
import type { Queryable } from '../db/database';
import { respondentBelongsToUnit } from '../db/repositories/evidence.repository';
import { DomainError } from '../errors';

/**
 * Refuses an evidence target the unit does not have: an indicator outside the cycle's edition, or an official
 * registered at another unit. Checked before anything is written.
 */
export async function requireEvidenceTarget(
  db: Queryable,
  target: { locusUnitId: string; indicatorCode: string; respondentId: string | null },
  edition: { methodology: Methodology; methodologyRef: string },
): Promise<void> {
  const indicatorKnown = edition.methodology.dimensions.some((dimension) =>
    dimension.indicators.some((indicator) => indicator.code === target.indicatorCode),
  );
  if (!indicatorKnown) {
    throw new DomainError('VALIDATION_FAILED', {
      id: `Indikator "${target.indicatorCode}" tidak ada dalam metodologi ${edition.methodologyRef}.`,
      en: `Indicator "${target.indicatorCode}" is not in methodology ${edition.methodologyRef}.`,
    });
  }
  if (target.respondentId && !(await respondentBelongsToUnit(db, target.locusUnitId, target.respondentId))) {
    throw new DomainError('VALIDATION_FAILED', {
      id: 'Responden tidak terdaftar pada unit ini.',
      en: 'The respondent is not registered at this unit.',
    });
  }
}
