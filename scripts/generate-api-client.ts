import fs from 'node:fs';
import path from 'node:path';
import { buildOpenApiDocument } from './openapi/build-openapi-document';
import { apiClientTypesPath, renderApiClientTypes } from './openapi/render-api-client-types';

/** `npm run api:generate`: rewrites the typed client's types after a route or contract change. */
const source = await renderApiClientTypes(await buildOpenApiDocument());
fs.writeFileSync(apiClientTypesPath, source);
console.log(`${path.relative(process.cwd(), apiClientTypesPath)}: ${source.split('\n').length} lines`);
