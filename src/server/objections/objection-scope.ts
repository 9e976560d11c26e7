import type { RequestActor } from '../auth/request-actor';
import type { ObjectionScope } from '../db/repositories/objections.repository';

/** The centre sees every objection, province staff their provinces', a liaison their own entity's. */
export function objectionScopeOf(actor: RequestActor): ObjectionScope {
  if (actor.role === 'admin') return { kind: 'all' };
  if (actor.role === 'liaison') return { kind: 'entity', entityCode: actor.entityCode ?? '' };
  return { kind: 'provinces', provinceCodes: actor.provinceCodes };
}
