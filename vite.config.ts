import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { mantineStylesPerComponent } from './src/web/mantine-styles-per-component';
import { pwaOptions } from './src/web/pwa-options';

export default defineConfig({
  root: 'src/web',
  plugins: [
    react(),
    // Each Mantine component's stylesheet goes with the chunk that uses it (main.tsx imports the base styles).
    mantineStylesPerComponent(),
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
    rolldownOptions: {
      output: {
        // Everything the entry imports statically runs on every page, so it goes out as two files (libraries,
        // app code) instead of ~60 small shared chunks: on Slow 4G each request costs a 562 ms round trip and
        // ~1 KB of headers. Lazy pages keep chunks of their own, but the Mantine components and the app modules
        // that ten or more of them share go out as one chunk each instead of dozens of 1–2 KB ones (/hasil: 51
        // files → 20, and fewer bytes; a page may get a component it does not render).
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 2 },
            // Not index.html and main.tsx: captured too, the entry chunk would be empty and leave the build manifest.
            {
              name: 'app',
              test: (id) => !/\.html$|[\\/]src[\\/]web[\\/]main\.tsx$/.test(id),
              tags: ['$initial'],
              priority: 1,
            },
            { name: 'ui', test: /[\\/]node_modules[\\/](@mantine|@floating-ui)[\\/]/, minShareCount: 10 },
            { name: 'shared', test: /[\\/]src[\\/](web|core|contracts)[\\/]/, minShareCount: 10 },
          ],
        },
      },
    },
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
