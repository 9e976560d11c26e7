import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Node build of render-page.tsx that `patuh build` runs after the browser build
 * (src/server/web-prerender/prerender-public-pages.ts). A config of its own: the app's vite.config.ts
 * (service worker, compressed copies, chunking) is for the browser bundle only.
 */
export default defineConfig({
  root: webRoot,
  logLevel: 'warn',
  plugins: [react()],
  resolve: {
    // The service worker's registration is imported only for signed-in staff, never rendered here.
    alias: { 'virtual:pwa-register/react': path.join(webRoot, 'prerender/no-service-worker.ts') },
  },
  build: {
    ssr: path.join(webRoot, 'prerender/render-page.tsx'),
    outDir: path.resolve(webRoot, '../../dist/prerender'),
    emptyOutDir: true,
    copyPublicDir: false,
    minify: false,
  },
});
