import type { FastifyRequest } from 'fastify';
import { isActionOpenToRole } from '../../core/access/can';
import type { PatuhApp } from '../app-types';
import { DomainError } from '../errors';
import type { RequestActor } from './request-actor';

/**
 * Runs before input validation, so a caller without access learns nothing from validation errors.
 * Scope (which province, entity, user) is decided afterwards by the use-case through `can`.
 */
export function enforceRouteAccess(app: PatuhApp): void {
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    // Documentation and static files are registered by plugins and are public by nature.
    if (access === undefined && isPluginRoute(request)) return;
    if (access === 'public') return;
    if (!request.actor) throw unauthenticated();
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

function isPluginRoute(request: FastifyRequest): boolean {
  const url = request.routeOptions.url ?? '';
  return !url.startsWith('/api/') || url.startsWith('/api/docs');
}
