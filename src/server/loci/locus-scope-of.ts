import type { Actor } from '../../core/access/roles';
import type { LocusScope } from '../db/repositories/loci.repository';

/** Which loci an actor may see: admins all, province staff their provinces, field staff their assignments. */
export function locusScopeOf(actor: Actor): LocusScope {
  switch (actor.role) {
    case 'admin':
      return { kind: 'all' };
    case 'coordinator':
      return { kind: 'provinces', provinceCodes: actor.provinceCodes };
    case 'assessor':
    case 'verifier':
      return { kind: 'assigned', userId: actor.userId };
    case 'liaison':
      return actor.entityCode
        ? { kind: 'entity', entityCode: actor.entityCode }
        : { kind: 'provinces', provinceCodes: [] };
  }
}
