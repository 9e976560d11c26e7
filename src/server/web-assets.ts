import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { PatuhApp } from './app-types';
import { sendNotFound } from './not-found';
import type { ReadPublicEntityAnswer } from './results/read-public-entity-answer';
import { removeDocumentOnlyHeaders } from './security/register-security-headers';
import { embedPublicEntity } from './web-prerender/embed-public-entity';
import {
  languageCookieName,
  pickPrerenderedFile,
  prerenderedFolder,
} from './web-prerender/prerendered-pages';
import { sendCompressedHtml } from './web-prerender/send-compressed-html';

/**
 * Paths that name a build file. Anything else is a page of the app, even with a dot in it: entity codes
 * such as "16.06" appear in page paths.
 */
const assetFilePattern =
  /\.(?:js|mjs|css|map|json|svg|png|jpe?g|webp|gif|ico|txt|woff2?|ttf|webmanifest|br|gz)$/i;

/** Serves the production build of the web app; unknown non-API paths get index.html (client routing). */
export async function registerWebAssets(
  app: PatuhApp,
  webRoot: string,
  readPublicEntityAnswer?: ReadPublicEntityAnswer,
): Promise<void> {
  const hasBuild = fs.existsSync(path.join(webRoot, 'index.html'));
  if (!hasBuild) {
    app.log.warn({ webRoot }, 'web build not found: only the API is served');
  } else {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      // The build writes a .br and a .gz beside each text file (vite.config.ts): sent as they are to a client
      // that accepts them, with `Vary: Accept-Encoding`; the plain file otherwise. They are not routes of their own.
      preCompressed: true,
      // The prerendered pages (web-prerender/) are sent only as the answer to their page's path.
      globIgnore: ['**/*.br', '**/*.gz', 'prerendered/**'],
      setHeaders(reply, filePath) {
        // Vite fingerprints everything under assets/, so those files never change under one name.
        const isFingerprinted = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', isFingerprinted ? 'public, max-age=31536000, immutable' : 'no-cache');
        if (isFingerprinted) removeDocumentOnlyHeaders(reply);
      },
    });
  }
  const prerenderedFiles = new Set(
    hasBuild && fs.existsSync(path.join(webRoot, prerenderedFolder))
      ? fs.readdirSync(path.join(webRoot, prerenderedFolder)).map((name) => `${prerenderedFolder}/${name}`)
      : [],
  );
  app.setNotFoundHandler(async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    // Built files each have a route already; what reaches here is a client-side page or a missing file.
    const isPageRequest =
      request.method === 'GET' && !pathname.startsWith('/api/') && !assetFilePattern.test(pathname);
    if (hasBuild && isPageRequest) {
      // The public pages come with their first paint in the HTML, in the visitor's language; the rest get the shell.
      const prerendered = pickPrerenderedFile(request.url, request.cookies[languageCookieName]);
      if (!prerendered || !prerenderedFiles.has(prerendered.file)) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      reply.header('cache-control', 'no-cache').header('vary', 'cookie');
      if (prerendered.publicEntityCode !== undefined && readPublicEntityAnswer) {
        // Read per request, as sendFile would: a rebuilt web app is served at once.
        const html = await fs.promises.readFile(path.join(webRoot, prerendered.file), 'utf8');
        const withData = await embedPublicEntity(
          html,
          prerendered.publicEntityCode,
          readPublicEntityAnswer,
        ).catch((error: unknown) => {
          // The page still works without it: it asks the API, which shows the failure.
          request.log.warn({ err: error }, 'public entity answer not embedded');
          return undefined;
        });
        // Compressed per request: the build's .br/.gz hold the page without data.
        if (withData) return sendCompressedHtml(request, reply, withData);
      }
      const preloads = prerendered.dataPreloads.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin`);
      if (preloads.length > 0) reply.header('link', preloads.join(', '));
      return reply.sendFile(prerendered.file);
    }
    return sendNotFound(request, reply);
  });
}
