import type { CanvasElement } from 'pdfmake/interfaces';

export const PIAGAM_NAVY = '#1b2a4a';
export const PIAGAM_GOLD = '#b8923a';

/**
 * The printed frame of a piagam: a heavy navy border, a fine gold rule inside it, gold corner ornaments and
 * the zone colour as a band along the top and bottom, so the zone reads at a glance from across a room.
 */
export function drawPiagamFrame(width: number, height: number, zoneColour: string): CanvasElement[] {
  const outer = 18;
  const inner = 28;
  const band = 7;
  const elements: CanvasElement[] = [
    { type: 'rect', x: 0, y: 0, w: width, h: height, color: '#fffdf7' },
    {
      type: 'rect',
      x: outer,
      y: outer,
      w: width - 2 * outer,
      h: height - 2 * outer,
      lineWidth: 4,
      lineColor: PIAGAM_NAVY,
    },
    {
      type: 'rect',
      x: inner,
      y: inner,
      w: width - 2 * inner,
      h: height - 2 * inner,
      lineWidth: 0.8,
      lineColor: PIAGAM_GOLD,
    },
    { type: 'rect', x: inner + 4, y: inner + 4, w: width - 2 * inner - 8, h: band, color: zoneColour },
    {
      type: 'rect',
      x: inner + 4,
      y: height - inner - 4 - band,
      w: width - 2 * inner - 8,
      h: band,
      color: zoneColour,
    },
  ];
  for (const [x, y] of [
    [inner, inner],
    [width - inner, inner],
    [inner, height - inner],
    [width - inner, height - inner],
  ] as const) {
    elements.push(diamond(x, y, 9, PIAGAM_GOLD), diamond(x, y, 4, PIAGAM_NAVY));
  }
  return elements;
}

function diamond(x: number, y: number, radius: number, colour: string): CanvasElement {
  return {
    type: 'polyline',
    closePath: true,
    color: colour,
    lineWidth: 0,
    lineColor: colour,
    points: [
      { x, y: y - radius },
      { x: x + radius, y },
      { x, y: y + radius },
      { x: x - radius, y },
    ],
  };
}
