import { performance } from 'node:perf_hooks';
import { renderPiagamPdf } from '../src/reports/piagam/render-piagam-pdf';
import { renderRaporPdf } from '../src/reports/rapor/render-rapor-pdf';
import { buildMubaPiagamInput } from '../test/unit/reports/piagam/piagam-fixture';
import { buildMubaRapor } from '../test/unit/reports/rapor/rapor-fixture';
import type { BenchFigures } from './scoring.bench';

const PIAGAM_COUNT = 100;
const RAPOR_COUNT = 30;
/** The target from the issue: one piagam on demand stays fast, at least 20 per second. */
const PIAGAM_TARGET_PER_SECOND = 20;

/** Renders piagam and rapor one after another (after a warm-up) and reports documents per second. */
export async function runDocumentsBench(): Promise<BenchFigures> {
  const piagam = buildMubaPiagamInput();
  const { input: rapor } = buildMubaRapor();
  const piagamRun = await timeSequence(PIAGAM_COUNT, () => renderPiagamPdf(piagam));
  const raporRun = await timeSequence(RAPOR_COUNT, () => renderRaporPdf(rapor));
  return {
    name: 'documents: piagam and rapor PDF rendering (one at a time)',
    lines: [
      `piagam: ${PIAGAM_COUNT} in ${piagamRun.ms.toFixed(0)} ms = ${piagamRun.perSecond.toFixed(1)}/s, ${(piagamRun.bytes / PIAGAM_COUNT / 1024).toFixed(0)} KB each (target ≥ ${PIAGAM_TARGET_PER_SECOND}/s: ${piagamRun.perSecond >= PIAGAM_TARGET_PER_SECOND ? 'met' : 'NOT met'})`,
      `rapor:  ${RAPOR_COUNT} in ${raporRun.ms.toFixed(0)} ms = ${raporRun.perSecond.toFixed(1)}/s, ${(raporRun.bytes / RAPOR_COUNT / 1024).toFixed(0)} KB each`,
    ],
  };
}

async function timeSequence(count: number, render: () => Promise<Buffer>) {
  // Warm-up: fonts loaded, modules compiled, as in a running server.
  for (let i = 0; i < 3; i += 1) await render();
  const start = performance.now();
  let bytes = 0;
  for (let i = 0; i < count; i += 1) bytes += (await render()).length;
  const ms = performance.now() - start;
  return { ms, bytes, perSecond: (count * 1000) / ms };
}
