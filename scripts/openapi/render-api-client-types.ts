import { execFileSync } from 'node:child_process';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { projectRoot } from '../../src/server/project-paths';
import type { OpenApiDocument } from './build-openapi-document';

/** Where the typed client's types live (imported by src/web/lib/typed-api-client.ts). */
export const apiClientTypesPath = path.join(projectRoot, 'src/web/lib/api-schema.generated.ts');

const header = [
  '// Generated from the OpenAPI document by `npm run api:generate` (scripts/openapi); do not edit.',
  '// test/db/openapi-document.test.ts fails when it no longer matches the routes.',
  '',
].join('\n');

/** openapi-typescript's types for every path and operation, formatted as the rest of the tree (Biome). */
export async function renderApiClientTypes(document: OpenApiDocument): Promise<string> {
  const source = header + astToString(await openapiTS(JSON.stringify(document)));
  const biome = path.join(projectRoot, 'node_modules/.bin/biome');
  return execFileSync(biome, ['format', `--stdin-file-path=${apiClientTypesPath}`], {
    cwd: projectRoot,
    input: source,
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
}
