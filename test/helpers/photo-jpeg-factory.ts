import jpeg from 'jpeg-js';

/**
 * Real, decodable JPEGs of a synthetic scene (soft gradients and a few blocks, placed by a seed), for tests of
 * the perceptual hash: the same scene resized or recompressed must hash alike, another seed must not.
 */
export interface Scene {
  width: number;
  height: number;
  seed: number;
}

export function sceneRgba({ width, height, seed }: Scene): Uint8Array {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const blocks = Array.from({ length: 6 }, () => ({
    x: random(),
    y: random(),
    w: 0.1 + random() * 0.3,
    h: 0.1 + random() * 0.3,
    shade: Math.floor(random() * 255),
  }));
  const tilt = random();
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const u = x / width;
      const v = y / height;
      let value = 255 * (tilt * u + (1 - tilt) * v);
      for (const block of blocks)
        if (u >= block.x && u < block.x + block.w && v >= block.y && v < block.y + block.h)
          value = block.shade;
      const at = (y * width + x) * 4;
      data[at] = value;
      data[at + 1] = (value * 0.8 + 40) % 256;
      data[at + 2] = 255 - value;
      data[at + 3] = 255;
    }
  return data;
}

export function sceneJpeg(scene: Scene, quality = 85): Buffer {
  return jpeg.encode({ width: scene.width, height: scene.height, data: sceneRgba(scene) }, quality).data;
}

/** The JPEG decoded, shrunk by a box filter to `factor` of its size and encoded again at `quality`. */
export function resizedCopy(bytes: Uint8Array, factor: number, quality: number): Buffer {
  const source = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  const width = Math.max(1, Math.round(source.width * factor));
  const height = Math.max(1, Math.round(source.height * factor));
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const fromX = Math.floor(x / factor);
      const toX = Math.min(source.width, Math.floor((x + 1) / factor));
      const fromY = Math.floor(y / factor);
      const toY = Math.min(source.height, Math.floor((y + 1) / factor));
      for (let channel = 0; channel < 4; channel += 1) {
        let sum = 0;
        let count = 0;
        for (let sy = fromY; sy < Math.max(toY, fromY + 1); sy += 1)
          for (let sx = fromX; sx < Math.max(toX, fromX + 1); sx += 1) {
            sum += source.data[(sy * source.width + sx) * 4 + channel] ?? 0;
            count += 1;
          }
        data[(y * width + x) * 4 + channel] = Math.round(sum / count);
      }
    }
  return jpeg.encode({ width, height, data }, quality).data;
}
