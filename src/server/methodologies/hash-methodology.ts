import { createHash } from 'node:crypto';
import { canonicalMethodologyJson, type Methodology } from '../../core';

/**
 * The content hash a cycle freezes and a published result records: sha256 (hex) of the UTF-8 canonical JSON
 * (keys sorted, no whitespace) of the validated edition. Reformatting the file does not change it.
 */
export function hashMethodology(methodology: Methodology): string {
  return createHash('sha256').update(canonicalMethodologyJson(methodology), 'utf8').digest('hex');
}
