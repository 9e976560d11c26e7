// Asks GET <url> one request at a time on one keep-alive connection until its stdin closes, then prints one
// JSON line: { answers, p50, p99, max } (ms). Run as its own process so a stalled server cannot stall the
// clock that measures it:  node --import tsx bench/liveness-probe.ts <url> [interval ms]
// With an interval, a request starts every <interval> ms (or as soon as the previous one answers, if later)
// instead of back to back: a monitor's pace, which leaves the server's loop to the work being measured.
import http from 'node:http';

const url = process.argv[2] ?? '';
const intervalMs = Number(process.argv[3] ?? 0);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const latencies: number[] = [];
let running = true;
process.stdin.on('end', () => {
  running = false;
});
process.stdin.resume();

function probe(): Promise<void> {
  const sentAt = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        response.resume();
        response.on('end', () => {
          latencies.push(performance.now() - sentAt);
          resolve();
        });
      })
      .on('error', reject);
  });
}

console.log('ready');
while (running) {
  const startedAt = performance.now();
  await probe();
  const rest = intervalMs - (performance.now() - startedAt);
  if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
}
const sorted = [...latencies].sort((a, b) => a - b);
const at = (share: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0);
console.log(JSON.stringify({ answers: sorted.length, p50: at(0.5), p99: at(0.99), max: at(1) }));
agent.destroy();
