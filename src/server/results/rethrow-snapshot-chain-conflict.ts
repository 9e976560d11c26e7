import { isSnapshotChainConflict } from '../db/repositories/results.repository';
import { DomainError } from '../errors';

/**
 * Turns the database's refusal of a forked snapshot chain into a clean 409. The per-year lock
 * (`lockSnapshotYear`) keeps imports and finalises from getting here; this is the answer if a path ever
 * writes a snapshot without it. Anything else is rethrown as it was.
 */
export function rethrowSnapshotChainConflict(error: unknown): never {
  if (!isSnapshotChainConflict(error)) throw error;
  throw new DomainError('CONFLICT', {
    id: 'Hasil tahun ini baru saja diterbitkan oleh proses lain; muat ulang lalu coba lagi.',
    en: "This year's results were just published by another process; reload and try again.",
  });
}
