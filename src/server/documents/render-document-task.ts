import { planImprovements } from '../../core';
import { renderPiagamPdf } from '../../reports/piagam/render-piagam-pdf';
import { buildComputedRaporInput, buildSnapshotRaporInput } from './build-snapshot-rapor-input';
import { rebuildEntityScore } from './rebuild-entity-score';
import { renderSnapshotRaporPdf } from './render-snapshot-rapor';
import type { RaporRenderTask, RenderTask } from './render-task';

/**
 * The CPU-bound part of a document, run in a worker thread of the render pool (render-worker.mjs loads this
 * file): layout with pdfmake, and for a computed rapor the re-score and the improvement planner. It reads no
 * database and no clock, so the same task always gives the same document.
 */
export default async function renderDocumentTask(task: RenderTask): Promise<Uint8Array> {
  return task.kind === 'piagam' ? renderPiagamPdf(task.input) : renderRapor(task);
}

async function renderRapor(task: RaporRenderTask): Promise<Buffer> {
  const { source, assessorNotes } = task;
  const entityScore = assessorNotes
    ? rebuildEntityScore(source.entity, source.units, source.methodology)
    : undefined;
  if (!entityScore || !assessorNotes) return renderSnapshotRaporPdf(buildSnapshotRaporInput(source), false);
  const plan = planImprovements(entityScore, source.methodology);
  return renderSnapshotRaporPdf(buildComputedRaporInput(source, { entityScore, plan, assessorNotes }), true);
}
