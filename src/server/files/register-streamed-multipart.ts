import fastifyMultipart from '@fastify/multipart';
import type { PatuhApp } from '../app-types';
import {
  type MultipartLimits,
  receiveMultipartForm,
  removeStagedFiles,
  StagedMultipartForm,
} from './receive-multipart-form';
import { sweepStaleStagedFiles } from './sweep-stale-staged-files';

/**
 * multipart/form-data for the routes of one scope: the form is read before the handler (after access checks,
 * which run first as app-wide hooks) into a `StagedMultipartForm` as `request.body`, its files already on disk;
 * the idempotency fingerprint and the handler read that. Temporary files are removed once the response is sent,
 * whether the handler stored them or failed; files left by a process that died mid-request are swept at start.
 */
export async function registerStreamedMultipart(
  scope: PatuhApp,
  dataDir: string,
  limits: MultipartLimits,
  now: () => Date,
): Promise<void> {
  await scope.register(fastifyMultipart, { throwFileSizeLimit: true, limits });
  scope.addHook('preValidation', async (request) => {
    if (request.isMultipart()) request.body = await receiveMultipartForm(request, dataDir, limits);
  });
  scope.addHook('onReady', async () => {
    await sweepStaleStagedFiles(dataDir, now());
  });
  scope.addHook('onResponse', async (request) => {
    if (request.body instanceof StagedMultipartForm) await removeStagedFiles(request.body);
  });
}
