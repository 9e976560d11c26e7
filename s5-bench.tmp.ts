import { renderPiagamPdf } from './src/reports/piagam/render-piagam-pdf';
import { buildMubaPiagamInput } from './test/unit/reports/piagam/piagam-fixture';
for (let i = 0; i < 3; i++) await renderPiagamPdf(buildMubaPiagamInput());
const t = process.hrtime.bigint(); const c0 = process.cpuUsage();
for (let i = 0; i < 30; i++) await renderPiagamPdf(buildMubaPiagamInput());
const s = Number(process.hrtime.bigint() - t) / 1e9; const cpu = process.cpuUsage(c0);
console.log(`piagam/s wall ${(30 / s).toFixed(1)}, cpu-bound ${(30 / ((cpu.user + cpu.system) / 1e6)).toFixed(1)}`);
