import type { FastifyRequest } from 'fastify';
import { isActionOpenToRole } from '../../core/access/can';
import type { PatuhApp } from '../app-types';
import { DomainError } from '../errors';
import type { RequestActor } from './request-actor';

/**
 * What a session signed in with a one-time password may do until it is replaced: a one-time password travels
 * through other hands (the admin, a chat message), so it opens nothing but the way to a password of one's own.
 */
const routesOpenBeforePasswordChange: ReadonlySet<string> = new Set([
  'GET /api/auth/me',
  'POST /api/account/password',
  'POST /api/auth/sign-out',
  'POST /api/auth/sign-out-everywhere',
]);

/**
 * Runs before input validation, so a caller without access learns nothing from validation errors.
 * Scope (which province, entity, user) is decided afterwards by the use-case through `can`.
 */
export function enforceRouteAccess(app: PatuhApp): void {
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    // Documentation and static files are registered by plugins and are public by nature.
    if (access === undefined && isPluginRoute(request)) return;
    if (access === 'public') {
      // A one-time-password session reaches public routes only as the public would.
      if (request.actor?.mustChangePassword) request.actor = undefined;
      return;
    }
    if (!request.actor) throw unauthenticated();
    if (request.actor.mustChangePassword && !routesOpenBeforePasswordChange.has(routeKeyOf(request))) {
      throw new DomainError('PASSWORD_CHANGE_REQUIRED', {
        id: 'Ganti kata sandi sekali pakai Anda terlebih dahulu.',
        en: 'Replace your one-time password first.',
      });
    }
    if (access === 'signed-in') return;
    if (access === undefined || !isActionOpenToRole(request.actor.role, access.action)) {
      throw new DomainError('FORBIDDEN', {
        id: 'Peran Anda tidak memiliki akses ke fungsi ini.',
        en: 'Your role has no access to this function.',
      });
    }
  });
}

export function requireActor(request: FastifyRequest): RequestActor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

function unauthenticated(): DomainError {
  return new DomainError('UNAUTHENTICATED', {
    id: 'Silakan masuk terlebih dahulu.',
    en: 'Please sign in first.',
  });
}

function routeKeyOf(request: FastifyRequest): string {
  return `${request.method} ${request.routeOptions.url ?? ''}`;
}

function isPluginRoute(request: FastifyRequest): boolean {
  const url = request.routeOptions.url ?? '';
  return !url.startsWith('/api/') || url.startsWith('/api/docs');
}
