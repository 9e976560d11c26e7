import type { PatuhApp } from '../app-types';
import { DomainError } from '../errors';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated mutations: browsers label every request with Sec-Fetch-Site
 * and/or Origin, and a cross-site form or script cannot forge either. Clients without them (CLI, curl)
 * carry no ambient cookie to abuse.
 */
export function rejectCrossSiteRequests(app: PatuhApp): void {
  app.addHook('onRequest', async (request) => {
    if (safeMethods.has(request.method)) return;
    const fetchSite = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const isCrossSite =
      (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') ||
      (origin !== undefined && !isSameOrigin(origin, request.headers.host));
    if (isCrossSite) {
      throw new DomainError('CROSS_SITE_REQUEST', {
        id: 'Permintaan dari situs lain ditolak.',
        en: 'Requests from another site are refused.',
      });
    }
  });
}

function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    // Through URL on both sides, so an explicit default port (":80") compares equal to none.
    return host !== undefined && new URL(origin).host === new URL(`http://${host}`).host;
  } catch {
    return false;
  }
}
