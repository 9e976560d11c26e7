import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PatuhApp } from '../app-types';
import { uploadMediaTypes } from './send-stored-file';
import { maxUploadBytes } from './store-file';

/**
 * Registers upload routes whose body is the raw file (PDF, JPEG, PNG, WebP or octet-stream, read as a Buffer).
 * In their own scope, so the buffer parser and its size limit apply to these routes only.
 */
export function registerRawUploadRoutes(app: PatuhApp, register: (scope: PatuhApp) => void): void {
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(
      uploadMediaTypes,
      { parseAs: 'buffer', bodyLimit: maxUploadBytes + 1 },
      (_request, body, done) => done(null, body),
    );
    register(scope);
  });
}
