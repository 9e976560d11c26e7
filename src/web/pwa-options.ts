import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Patuh green (the favicon's), also the theme colour of the installed app's title bar. */
const themeColour = '#0b7a4b';

/**
 * The installable app: its manifest, and the service worker `src/web/sw.ts` with the app shell precached.
 * Map data (`geo/`, `*.topo.json`) and compressed copies stay out of the precache: assessors never need them
 * offline and they would double a phone's first download.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'injectManifest',
  srcDir: '.',
  filename: 'sw.ts',
  registerType: 'prompt',
  // Registered by register-service-worker.ts, which also shows the "update available" prompt.
  injectRegister: false,
  scope: '/',
  manifestFilename: 'manifest.webmanifest',
  includeAssets: ['favicon.svg'],
  injectManifest: {
    globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
    globIgnores: ['geo/**', '**/*.topo.json', '**/*.br', '**/*.gz'],
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  },
  manifest: {
    id: '/',
    name: 'Patuh — Penilaian Kepatuhan Pelayanan Publik',
    short_name: 'Patuh',
    description: 'Penilaian kepatuhan penyelenggaraan pelayanan publik, juga di lapangan tanpa sinyal.',
    lang: 'id',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    theme_color: themeColour,
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
};
