import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody } from './errors';
import { preferredLanguage } from './errors';

export function sendNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const message =
    preferredLanguage(request) === 'en'
      ? `No route ${request.method} ${request.url.split('?')[0]}.`
      : `Tidak ada rute ${request.method} ${request.url.split('?')[0]}.`;
  const body: ErrorBody = { error: { code: 'NOT_FOUND', message, requestId: request.id } };
  return reply.status(404).send(body);
}
