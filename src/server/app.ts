import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDependencies, PatuhApp } from './app-types';
import { registerErrorHandling } from './errors';
import { sendNotFound } from './not-found';
import { packageVersion } from './package-info';
import { registerRoutes } from './routes';
import { registerWebAssets } from './web-assets';

export interface BuildAppOptions {
  /** Folder of the production web build; the SPA is served only when it holds an index.html. */
  webRoot?: string;
}

/** Builds the whole HTTP application without listening, so tests drive it through `inject`. */
export async function buildApp(deps: AppDependencies, options: BuildAppOptions = {}): Promise<PatuhApp> {
  const app = Fastify({
    logger: { level: deps.config.logLevel },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandling(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Patuh API',
        description:
          'Penilaian kepatuhan penyelenggaraan pelayanan publik / public-service compliance assessment',
        version: packageVersion,
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerRoutes(app, deps);
  if (options.webRoot) await registerWebAssets(app, options.webRoot);
  else registerApiNotFound(app);
  return app;
}

function registerApiNotFound(app: PatuhApp): void {
  app.setNotFoundHandler((request, reply) => sendNotFound(request, reply));
}
