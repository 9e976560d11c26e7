import fastifyHelmet from '@fastify/helmet';
import type { PatuhApp } from '../app-types';

/**
 * A strict Content-Security-Policy the SPA passes: scripts only from our origin; inline styles are allowed
 * because Mantine sets CSS variables and style attributes at run time. The API docs page (Swagger UI)
 * sends its own hash-based policy.
 */
export async function registerSecurityHeaders(app: PatuhApp): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // HSTS only makes sense behind HTTPS, which a reverse proxy terminates; it sets the header there.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
