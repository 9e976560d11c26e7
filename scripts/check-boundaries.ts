import { fileURLToPath } from 'node:url';
import { findBoundaryViolations } from './boundaries/find-boundary-violations';

const root = fileURLToPath(new URL('..', import.meta.url));
const violations = findBoundaryViolations(root);
for (const violation of violations) console.error(`${violation.file}:${violation.line}  ${violation.rule}`);
if (violations.length > 0) {
  console.error(`\n${violations.length} layer-boundary violation(s); see docs/architecture.md.`);
  process.exit(1);
}
console.log('Layer boundaries: ok');
