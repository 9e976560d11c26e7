import { DEFAULT_THEME, getContrastColor, luminance, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { theme, themedColours } from '../../../src/web/theme';

/** WCAG 2.2 contrast ratio of two colours. */
const contrast = (first: string, second: string) => {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
};
const white = '#ffffff';
const stripedRow = DEFAULT_THEME.colors.gray[0];

describe('theme colours carry text at 4.5:1 (WCAG 2.2, 1.4.3)', () => {
  it('measures as WCAG does: Mantine’s own teal 6 and grey 6 are the failing 2.55:1 and 3.32:1', () => {
    expect(contrast(DEFAULT_THEME.colors.teal[6], white)).toBeCloseTo(2.55, 2);
    expect(contrast(DEFAULT_THEME.colors.gray[6], white)).toBeCloseTo(3.32, 2);
  });

  for (const [name, shades] of Object.entries(themedColours)) {
    it(`${name}: shades 6–9 on white and striped rows, shade 9 on its light backgrounds`, () => {
      for (const shade of [6, 7, 8, 9] as const) {
        expect(contrast(shades[shade], white), `${name}.${shade} on white`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(shades[shade], stripedRow), `${name}.${shade} on gray.0`).toBeGreaterThanOrEqual(4.5);
      }
      // Each shade is darker than the one before, so a hover (shade + 1) never loses contrast.
      const darkness = [shades[6], shades[7], shades[8], shades[9]].map((colour) => -luminance(colour));
      expect(darkness).toEqual([...darkness].sort((a, b) => a - b));
      // "light" variants (badges, alerts, the active menu item) put shade 9 on shade 1, hovered on shade 2.
      expect(contrast(shades[9], shades[1])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(shades[9], shades[0])).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('covers every colour palette but the dark one; the primary colour and "dimmed" text are themed', () => {
    expect(Object.keys(themedColours).sort()).toEqual(
      Object.keys(DEFAULT_THEME.colors)
        .filter((name) => name !== 'dark')
        .sort(),
    );
    expect(theme.primaryColor).toBe('teal');
    expect(theme.colors?.gray?.[6]).toBe(themedColours.gray[6]);
  });

  it('puts black or white text on a data colour, whichever reads better', () => {
    const merged = mergeMantineTheme(DEFAULT_THEME, theme);
    const textOn = (colour: string) =>
      getContrastColor({ color: colour, theme: merged, autoContrast: true, colorScheme: 'light' });
    // Zone and opinion colours of the published results (migration seeds, src/server/results).
    for (const colour of ['#f9a825', '#43a047', '#2e7d32', '#c62828', '#1b5e20']) {
      const text = textOn(colour) === 'var(--mantine-color-black)' ? '#000000' : white;
      expect(contrast(colour, text), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});
