import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDependencies, PatuhApp } from './app-types';
import { authenticateRequests } from './auth/authenticate-requests';
import { enforceRouteAccess } from './auth/enforce-route-access';
import { clockOf } from './clock';
import { registerErrorHandling } from './errors';
import { claimIdempotencyKeys, storeIdempotentAnswers } from './idempotency/idempotency-hooks';
import { sendNotFound } from './not-found';
import { registerOpenApi } from './openapi/register-openapi';
import { registerCompression } from './register-compression';
import { registerRoutes } from './routes';
import { registerSecurityHeaders } from './security/register-security-headers';
import { rejectCrossSiteRequests } from './security/reject-cross-site-requests';
import { rejectMalformedRequests } from './security/reject-malformed-requests';
import { registerWebAssets } from './web-assets';

export interface BuildAppOptions {
  /** Folder of the production web build; the SPA is served only when it holds an index.html. */
  webRoot?: string;
}

/** Largest JSON body accepted; uploads (evidence) get their own limits on their own routes. */
export const jsonBodyLimitBytes = 1024 * 1024;

const registeredRoutes = new WeakMap<PatuhApp, { method: string; url: string }[]>();

/** Every route the app registered, for the authorization matrix test. */
export function listRegisteredRoutes(app: PatuhApp): { method: string; url: string }[] {
  return registeredRoutes.get(app) ?? [];
}

/** Builds the whole HTTP application without listening, so tests drive it through `inject`. */
export async function buildApp(deps: AppDependencies, options: BuildAppOptions = {}): Promise<PatuhApp> {
  const app = Fastify({
    logger: { level: deps.config.logLevel },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: jsonBodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    // A graceful stop serves what arrives on open connections (with `Connection: close`) instead of 503.
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();

  const routes: { method: string; url: string }[] = [];
  registeredRoutes.set(app, routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: route.url });
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandling(app);

  registerSecurityHeaders(app);
  // Before compression: its onSend hook must see (and store) the answer as text, not the compressed stream.
  storeIdempotentAnswers(app, deps.database.db);
  await registerCompression(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  rejectCrossSiteRequests(app);
  authenticateRequests(app, deps.database.db, clockOf(deps.config));
  enforceRouteAccess(app);
  rejectMalformedRequests(app);
  claimIdempotencyKeys(app, deps.database.db, clockOf(deps.config));

  await registerOpenApi(app);

  const { readPublicEntityAnswer } = registerRoutes(app, deps);
  if (options.webRoot) await registerWebAssets(app, options.webRoot, readPublicEntityAnswer);
  else app.setNotFoundHandler((request, reply) => sendNotFound(request, reply));
  return app;
}
