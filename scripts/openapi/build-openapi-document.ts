import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/server/app';
import type { PatuhApp } from '../../src/server/app-types';
import { loadConfig } from '../../src/server/config';
import { openDatabase } from '../../src/server/db/open-database';

/** The OpenAPI 3.0 document as served at `/api/docs/json`: the parts the checks read. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  tags?: { name: string; description?: string }[];
  components?: { schemas?: Record<string, unknown>; responses?: Record<string, unknown> };
}

/** The app's document; @fastify/swagger types it as any OpenAPI version, registerOpenApi makes it 3.0. */
export function openApiDocumentOf(app: PatuhApp): OpenApiDocument {
  return app.swagger() as OpenApiDocument;
}

/**
 * Builds the real application (never listening, on an empty in-memory database that is not even migrated:
 * registering routes reads nothing) and hands it to `use`, for the document and for requests through `inject`.
 */
export async function withDocumentedApp<Result>(use: (app: PatuhApp) => Promise<Result>): Promise<Result> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-openapi-'));
  const database = await openDatabase({ kind: 'pglite-memory' });
  try {
    const app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent', PATUH_DATA_DIR: dataDir }),
      database,
    });
    try {
      await app.ready();
      return await use(app);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function buildOpenApiDocument(): Promise<OpenApiDocument> {
  return withDocumentedApp(async (app) => openApiDocumentOf(app));
}
