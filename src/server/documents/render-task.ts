import type { PiagamInput } from '../../reports/piagam/piagam-input';
import type { SnapshotRaporSource } from './build-snapshot-rapor-input';

/** A piagam whose every printed value is already decided (code, signing, address): only layout remains. */
export interface PiagamRenderTask {
  kind: 'piagam';
  input: PiagamInput;
}

/**
 * A rapor from stored snapshot rows. `assessorNotes` is set for a computed snapshot: the worker re-scores its
 * stored answers and plans improvements (CPU work that stays off the main thread); without it, or when the
 * re-score disagrees with the published row, the summary rapor is printed.
 */
export interface RaporRenderTask {
  kind: 'rapor';
  source: SnapshotRaporSource;
  assessorNotes?: readonly { unitCode: string; indicatorCode: string; note: string }[];
}

/** What the render pool is asked to do: plain data only (structured clone to a worker thread). */
export type RenderTask = PiagamRenderTask | RaporRenderTask;
