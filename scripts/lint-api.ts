import { buildOpenApiDocument } from './openapi/build-openapi-document';
import { lintOpenApiDocument } from './openapi/lint-openapi-document';

/** `npm run lint:api`: Redocly's lint of the OpenAPI document the routes produce; fails on any error. */
const report = lintOpenApiDocument(await buildOpenApiDocument());
for (const problem of report.problems) {
  console.log(
    `${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer ?? ''}: ${problem.message}`,
  );
}
console.log(`OpenAPI lint: ${report.errors} errors, ${report.warnings} warnings`);
process.exitCode = report.errors > 0 ? 1 : 0;
