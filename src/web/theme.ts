import { createTheme, DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's own shades 6–9 are too light to carry text: teal 6 (buttons, links) is 2.55:1 on white and grey 6
 * ("dimmed" text) 3.32:1, below WCAG 2.2's 4.5:1 (1.4.3). Shades 0–5 (backgrounds, borders) stay Mantine's; 6–9
 * are the same hues made darker until shade 6 reaches 4.8:1 on white (so 4.5:1 on the grey-0 of striped
 * tables), each next shade darker still, and shade 9 ("light" badges, alerts) 4.6:1 on shades 0 and 1.
 * test/unit/web/theme-contrast.test.ts checks every pair; docs/accessibility.md says how to add a colour.
 */
const darkShades = {
  gray: ['#6b737b', '#495057', '#343a40', '#212529'],
  red: ['#e40707', '#d61111', '#c51e1e', '#b62626'],
  pink: ['#db1e60', '#c72860', '#be245a', '#a61e4d'],
  grape: ['#b42fd5', '#a636c2', '#9c36b5', '#862e9c'],
  violet: ['#7950f2', '#7048e8', '#6741d9', '#5f3dc4'],
  indigo: ['#4064f4', '#3b5dea', '#3757da', '#364fc7'],
  blue: ['#1673c4', '#186db9', '#1766b0', '#1761a7'],
  cyan: ['#0f7d8c', '#0c7585', '#0a6e7f', '#0a6879'],
  teal: ['#0d805d', '#097957', '#077352', '#076c4d'],
  green: ['#2b813a', '#267a35', '#227331', '#226d31'],
  lime: ['#517e13', '#4a760e', '#44700a', '#426a09'],
  yellow: ['#966a03', '#946000', '#945600', '#944d00'],
  orange: ['#b95502', '#b44b05', '#ae4309', '#a9380c'],
} as const satisfies Record<string, readonly [string, string, string, string]>;

export type ThemedColourName = keyof typeof darkShades;

function withDarkShades(name: ThemedColourName): MantineColorsTuple {
  const light = DEFAULT_THEME.colors[name];
  const [six, seven, eight, nine] = darkShades[name];
  return [light[0], light[1], light[2], light[3], light[4], light[5], six, seven, eight, nine];
}

export const themedColours = Object.fromEntries(
  Object.keys(darkShades).map((name) => [name, withDarkShades(name as ThemedColourName)]),
) as Record<ThemedColourName, MantineColorsTuple>;

export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  colors: themedColours,
  // A filled badge or button in a colour from the data (zone and opinion colours such as #f9a825) gets black or
  // white text, whichever contrasts more: 0.179 is the luminance where both give the same ratio (4.58:1).
  autoContrast: true,
  luminanceThreshold: 0.179,
  components: {
    // A table wider than the screen scrolls sideways: its viewport takes the keyboard focus so the arrow keys
    // can scroll it (WCAG 2.1.1; axe: scrollable-region-focusable). A plain entry, not
    // `TableScrollContainer.extend`, so the landing page does not load the table code.
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
  },
});
