import type { FastifyReply } from 'fastify';
import type { PatuhApp } from '../app-types';

/**
 * A strict Content-Security-Policy the SPA passes: scripts only from our origin; inline styles are allowed
 * because Mantine sets CSS variables and style attributes at run time.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join(';');

/**
 * The same headers on every answer (less the document-only ones on fingerprinted build files), built once
 * (the helmet plugin rebuilt them on each request, a quarter of the server's time under load). HSTS is left to
 * the reverse proxy that terminates HTTPS. The API docs page (Swagger UI) replaces the policy with its own in
 * its onSend hook.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

/**
 * The headers only a document (or a worker's script) acts on: a script, style sheet or image loaded by a page
 * runs under the page's policy and ignores its own. nosniff, the referrer policy (a style sheet's own requests
 * follow it) and the resource policy stay on every answer.
 */
export const documentOnlyHeaderNames: readonly string[] = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

/**
 * For the fingerprinted build files (about 480 bytes less on each of the many script and style answers of a
 * page). None of them runs as a worker: the service worker is /sw.js, outside assets/, and keeps the policy.
 */
export function removeDocumentOnlyHeaders(reply: FastifyReply): void {
  for (const name of documentOnlyHeaderNames) reply.removeHeader(name);
}

export function registerSecurityHeaders(app: PatuhApp): void {
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(securityHeaders);
    done();
  });
}
