import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config';

/**
 * Where the public reaches the platform: PATUH_PUBLIC_URL when set (posters printed behind a proxy that
 * rewrites the host), otherwise the origin the staff member is using.
 */
export function publicBaseUrl(request: FastifyRequest, config: Pick<AppConfig, 'publicUrl'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  // Through URL so a default port (":80", ":443") is not printed on the poster.
  return new URL(`${request.protocol}://${request.host}`).origin;
}

export function surveyUrl(baseUrl: string, code: string): string {
  return `${baseUrl}/s/${code}`;
}
