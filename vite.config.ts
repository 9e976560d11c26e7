import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './src/web/pwa-options';

export default defineConfig({
  root: 'src/web',
  plugins: [
    react(),
    // The installable app and its service worker (src/web/pwa-options.ts, src/web/sw.ts).
    VitePWA(pwaOptions),
    // Brotli and gzip copies of every text file, served by src/server/web-assets.ts: no compression per request.
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
  ],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // The manifest lets a test check which chunks each page loads (test/unit/web/web-bundle.test.ts).
    manifest: true,
    // Map files stay separate, hashed files (cached immutable) instead of being inlined into a script.
    assetsInlineLimit: (file) => (file.endsWith('.topo.json') ? false : undefined),
  },
  server: {
    port: 5173,
    // `npm run dev`: the API runs on its own port (PORT, as the server reads it) behind Vite's dev server, which
    // forwards every server route: the API and the server-rendered survey (/s/…) and kiosk (/k/…) pages.
    proxy: Object.fromEntries(
      ['/api', '^/(s|k)/'].map((route) => [route, `http://127.0.0.1:${process.env.PORT ?? '3000'}`]),
    ),
  },
});
