import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PatuhApp } from '../app-types';
import { receiveRawUpload, StagedRawUpload } from './receive-raw-upload';
import { uploadMediaTypes } from './send-stored-file';

/**
 * Registers upload routes whose body is the raw file (PDF, JPEG, PNG, WebP or octet-stream), streamed to disk
 * under `<dataDir>/incoming` up to each route's `bodyLimit` (receive-raw-upload.ts); the handler gets a
 * `StagedRawUpload`. In their own scope, so the parser applies to these routes only. The temporary file is
 * removed once the response is sent, whether the handler stored it (moved, so nothing is left) or failed; files
 * left by a process that died mid-request are swept at start by the evidence routes' scope (same folder).
 */
export function registerRawUploadRoutes(
  app: PatuhApp,
  dataDir: string,
  register: (scope: PatuhApp) => void,
): void {
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(uploadMediaTypes, (request: FastifyRequest, payload: IncomingMessage) =>
      receiveRawUpload(request, payload, dataDir),
    );
    scope.addHook('onResponse', async (request) => {
      if (request.body instanceof StagedRawUpload) await rm(request.body.file.path, { force: true });
    });
    register(scope);
  });
}
