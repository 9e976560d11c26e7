import type { Action } from '../../core/access/can';
import type { Actor } from '../../core/access/roles';

/** The signed-in user behind a request. */
export interface RequestActor extends Actor {
  email: string;
  name: string;
  sessionTokenHash: string;
  /**
   * Signed in with a one-time password not yet replaced: the session may only read its account, change the
   * password and sign out (enforceRouteAccess). Absent for actors built outside a request (demo seed).
   */
  mustChangePassword?: boolean;
}

/**
 * Who may call a route: anyone, any signed-in user, or whoever the policy lets perform `action` on some
 * resource. A route without it is refused (deny by default).
 */
export type RouteAccess = 'public' | 'signed-in' | { action: Action };

declare module 'fastify' {
  interface FastifyRequest {
    actor?: RequestActor;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
