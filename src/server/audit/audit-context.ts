import type { FastifyRequest } from 'fastify';
import type { NewAuditEntry } from '../db/repositories/audit-log.repository';

/** Who did it and through which request: stamped on every audit entry. */
export interface AuditContext {
  actor: { userId: string; email: string; role: string } | undefined;
  requestId: string | null;
  ip: string | null;
}

export function auditContextOf(request: FastifyRequest): AuditContext {
  const actor = request.actor;
  return {
    actor: actor ? { userId: actor.userId, email: actor.email, role: actor.role } : undefined,
    requestId: request.id,
    ip: request.ip,
  };
}

/** Changes made from the command line, outside any request. */
export const commandLineAuditContext: AuditContext = { actor: undefined, requestId: null, ip: null };

export function auditFieldsOf(
  context: AuditContext,
): Pick<NewAuditEntry, 'actorUserId' | 'actorEmail' | 'actorRole' | 'requestId' | 'ip'> {
  return {
    actorUserId: context.actor?.userId ?? null,
    actorEmail: context.actor?.email ?? null,
    actorRole: context.actor?.role ?? 'system',
    requestId: context.requestId,
    ip: context.ip,
  };
}
