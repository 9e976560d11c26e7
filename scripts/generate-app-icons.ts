// Draws the installable app's PNG icons from the favicon's shape (a white tick on Patuh green), so they can be
// regenerated instead of edited by hand: `npx tsx scripts/generate-app-icons.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

const green = [0x0b, 0x7a, 0x4b] as const;
/** The favicon's tick, in its 32-unit box. */
const tick = { start: [9, 17], corner: [14, 22], end: [23, 11] } as const;
const strokeWidth = 3.5;
const outDir = path.join(import.meta.dirname, '..', 'src/web/public/icons');

function distanceToSegment(
  x: number,
  y: number,
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** `maskable`: full-bleed background and the tick inside the central safe zone (Android crops to a circle). */
function draw(size: number, maskable: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const scale = maskable ? 0.7 : 1;
  const radius = maskable ? 0 : 6;
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let background = 0;
      let stroke = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = ((px + (sx + 0.5) / samples) / size) * 32;
          const y = ((py + (sy + 0.5) / samples) / size) * 32;
          const cx = Math.max(radius, Math.min(32 - radius, x));
          const cy = Math.max(radius, Math.min(32 - radius, y));
          if (Math.hypot(x - cx, y - cy) <= radius || radius === 0) background += 1;
          const tx = (x - 16) / scale + 16;
          const ty = (y - 16) / scale + 16;
          const near = Math.min(
            distanceToSegment(tx, ty, tick.start, tick.corner),
            distanceToSegment(tx, ty, tick.corner, tick.end),
          );
          if (near <= strokeWidth / 2) stroke += 1;
        }
      }
      const total = samples * samples;
      const white = stroke / total;
      const index = (py * size + px) * 4;
      for (let channel = 0; channel < 3; channel += 1)
        png.data[index + channel] = Math.round((green[channel] ?? 0) * (1 - white) + 255 * white);
      png.data[index + 3] = Math.round((Math.max(background, stroke) / total) * 255);
    }
  }
  return PNG.sync.write(png);
}

fs.mkdirSync(outDir, { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
] as const) {
  fs.writeFileSync(path.join(outDir, name), draw(size, maskable));
}
