import type { Plugin } from 'vite';

/**
 * A Mantine component's class-name module, e.g. `@mantine/core/esm/components/Button/Button.module.mjs` (one is
 * under `esm/utils/`: InlineInput); each has a stylesheet of the same name in `@mantine/core/styles/`.
 */
const classNamesModule = /[\\/]@mantine[\\/]core[\\/]esm[\\/](?:[^\\/]+[\\/])*(\w+)\.module\.mjs$/;

/**
 * Each Mantine component brings its own stylesheet (`@mantine/core/styles/<Component>.css`, as Mantine documents
 * for per-component imports) into whichever chunk uses the component, instead of the whole 30 KB (brotli)
 * stylesheet on every page: the landing page ships the styles of the components it renders, a lazy page the
 * rest with its chunk. The import goes into the component's class-name module, which every part of the
 * component imports, so a component's styles load before it renders and after those of the components it is
 * built from. The base styles (baseline, CSS variables, global) are imported by main.tsx.
 */
export function mantineStylesPerComponent(): Plugin {
  return {
    name: 'patuh:mantine-styles-per-component',
    transform(code, id) {
      const component = classNamesModule.exec(id)?.[1];
      if (!component) return null;
      return { code: `${code}\nimport '@mantine/core/styles/${component}.css';\n`, map: null };
    },
  };
}
