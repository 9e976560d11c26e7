import { performance } from 'node:perf_hooks';
import { generateSyntheticCycle, planImprovements, scoreEntity } from '../src/core';
import { renderPiagamPdf } from '../src/reports/piagam/render-piagam-pdf';
import { buildRaporInput } from '../src/reports/rapor/build-rapor-input';
import { renderRaporPdf } from '../src/reports/rapor/render-rapor-pdf';
import {
  findCatalogEdition,
  loadMethodologyCatalog,
} from '../src/server/methodologies/load-methodology-catalog';
import { buildMubaPiagamInput } from '../test/unit/reports/piagam/piagam-fixture';
import { buildMubaRapor } from '../test/unit/reports/rapor/rapor-fixture';
import { runBenchAlone } from './run-bench-alone';
import type { BenchFigures } from './scoring.bench';

const PIAGAM_COUNT = 100;
const RAPOR_COUNT = 30;
/** Synthetic six-unit entities planned one after another (the planner once took over 60 s for one). */
const PLANNED_ENTITIES = 20;
/** The target from the issue: one piagam on demand stays fast, at least 20 per second. */
const PIAGAM_TARGET_PER_SECOND = 20;

/** Renders piagam and rapor one after another (after a warm-up) and reports documents per second. */
export async function runDocumentsBench(): Promise<BenchFigures> {
  const piagam = buildMubaPiagamInput();
  const { input: rapor } = buildMubaRapor();
  const piagamRun = await timeSequence(PIAGAM_COUNT, () => renderPiagamPdf(piagam));
  const raporRun = await timeSequence(RAPOR_COUNT, () => renderRaporPdf(rapor));
  const planner = await timePlanner();
  return {
    name: 'documents: piagam and rapor PDF rendering (one at a time)',
    lines: [
      `piagam: ${PIAGAM_COUNT} in ${piagamRun.ms.toFixed(0)} ms = ${piagamRun.perSecond.toFixed(1)}/s, ${(piagamRun.bytes / PIAGAM_COUNT / 1024).toFixed(0)} KB each (target ≥ ${PIAGAM_TARGET_PER_SECOND}/s: ${piagamRun.perSecond >= PIAGAM_TARGET_PER_SECOND ? 'met' : 'NOT met'})`,
      `rapor:  ${RAPOR_COUNT} in ${raporRun.ms.toFixed(0)} ms = ${raporRun.perSecond.toFixed(1)}/s, ${(raporRun.bytes / RAPOR_COUNT / 1024).toFixed(0)} KB each`,
      `planner (6-unit synthetic entity, ombudsman-kepatuhan@2024): ${PLANNED_ENTITIES} entities, median ${planner.medianMs.toFixed(0)} ms, slowest ${planner.maxMs.toFixed(0)} ms`,
      `full rapor (score + plan + layout + PDF, 6 units): ${planner.raporPerSecond.toFixed(1)}/s`,
    ],
    summary: [
      {
        figure: 'piagam PDF rendered cold (one at a time)',
        value: `${piagamRun.perSecond.toFixed(1)}/s`,
        target: `≥ ${PIAGAM_TARGET_PER_SECOND}/s`,
        met: piagamRun.perSecond >= PIAGAM_TARGET_PER_SECOND,
      },
      { figure: 'rapor PDF rendered cold (one at a time)', value: `${raporRun.perSecond.toFixed(1)}/s` },
    ],
  };
}

/**
 * planImprovements on synthetic six-unit entities (30 service users each, every quality from weak to strong),
 * then whole rapor as served for a computed snapshot: score, plan, layout and PDF.
 */
async function timePlanner() {
  const catalog = await loadMethodologyCatalog();
  const edition = findCatalogEdition(catalog, 'ombudsman-kepatuhan@2024');
  if (edition === undefined) throw new Error('ombudsman-kepatuhan@2024 missing from the catalogue');
  const { methodology } = edition;
  const entities = generateSyntheticCycle(methodology, {
    seed: 6,
    entityCount: PLANNED_ENTITIES,
    unitsPerEntity: 6,
    entityRespondents: 30,
  });
  const scores = entities.map((entity) => scoreEntity(entity, methodology));
  const first = scores[0];
  if (first) planImprovements(first, methodology); // warm-up
  const times = scores.map((score) => {
    const start = performance.now();
    planImprovements(score, methodology);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  const entity = entities[0];
  if (entity === undefined) throw new Error('no synthetic entity');
  const raporRun = await timeSequence(10, () => {
    const score = scoreEntity(entity, methodology);
    const input = buildRaporInput(score, planImprovements(score, methodology), methodology, {
      language: 'id',
      year: 2024,
      issuedOn: '2024-12-01',
      issuer: { name: 'Ombudsman Republik Indonesia' },
    });
    return renderRaporPdf(input);
  });
  return {
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    maxMs: times[times.length - 1] ?? 0,
    raporPerSecond: raporRun.perSecond,
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

await runBenchAlone(import.meta.url, runDocumentsBench);
