import type { AcceptLociResult } from '../../contracts/work-queues.contract';
import type { AuditContext } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { DomainError } from '../errors';
import { acceptLocus } from './accept-locus';

/**
 * The centre accepts several approved loci after one confirmation. Each goes through `acceptLocus` in its
 * own transaction (own lock, own audit entry), so one refusal (withdrawn, out of scope) leaves the others
 * accepted and is reported by code.
 */
export async function acceptLoci(
  db: Database,
  actor: RequestActor,
  year: number,
  codes: readonly string[],
  now: Date,
  context: AuditContext,
  language: 'id' | 'en',
): Promise<AcceptLociResult> {
  const result: AcceptLociResult = { accepted: [], refused: [] };
  for (const code of new Set(codes)) {
    try {
      await acceptLocus(db, actor, year, code, now, context);
      result.accepted.push(code);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      result.refused.push({ code, error: error.code, message: error.bilingualMessage[language] });
    }
  }
  return result;
}
