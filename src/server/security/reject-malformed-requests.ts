import { Readable } from 'node:stream';
import type { PatuhApp } from '../app-types';
import { DomainError } from '../errors';

/**
 * Where the first NUL character (U+0000) sits in a parsed request part (`body.name`, `query.q`, `body.tags.0`),
 * keys included; undefined when there is none. PostgreSQL cannot store U+0000 in text or jsonb, so such input
 * would fail deep inside a query. Iterative, so a deeply nested JSON body cannot overflow the stack; raw upload
 * bodies (Buffers, streams) are bytes, not text, and are skipped.
 */
export function findNulCharacter(value: unknown, rootPath: string): string | undefined {
  const pending: { value: unknown; path: string }[] = [{ value, path: rootPath }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const current = next.value;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return next.path;
      continue;
    }
    // A streamed body (resumable upload chunks) is bytes too, and its object graph (socket, server) has cycles.
    if (current === null || typeof current !== 'object' || Buffer.isBuffer(current)) continue;
    if (current instanceof Readable) continue;
    for (const [key, child] of Object.entries(current)) {
      const childPath = `${next.path}.${key}`;
      if (key.includes('\u0000')) return childPath;
      pending.push({ value: child, path: childPath });
    }
  }
  return undefined;
}

/** Refuses a request part that holds U+0000 with the documented 400 VALIDATION_FAILED shape. */
export function requireNoNulCharacter(value: unknown, rootPath: string): void {
  const path = findNulCharacter(value, rootPath);
  if (path === undefined) return;
  throw new DomainError(
    'VALIDATION_FAILED',
    {
      id: `Permintaan tidak valid: ${path} memuat karakter NUL (U+0000).`,
      en: `The request is not valid: ${path} contains a NUL character (U+0000).`,
    },
    [{ path, message: 'NUL (U+0000)' }],
  );
}

/**
 * One place for every route: NUL characters in the path parameters, query string or body are refused before
 * validation (after the access check, so a refused caller learns nothing), and a PATCH whose validated body
 * changes nothing (`{}`, or only fields the contract does not know) is refused before its use-case, which
 * would otherwise build an UPDATE without columns.
 */
export function rejectMalformedRequests(app: PatuhApp): void {
  app.addHook('preValidation', async (request) => {
    requireNoNulCharacter(request.params, 'params');
    requireNoNulCharacter(request.query, 'query');
    requireNoNulCharacter(request.body, 'body');
  });
  app.addHook('preHandler', async (request) => {
    if (request.method !== 'PATCH') return;
    const body = request.body;
    const isEmpty =
      body === undefined ||
      body === null ||
      (typeof body === 'object' && !Buffer.isBuffer(body) && Object.keys(body).length === 0);
    if (!isEmpty) return;
    throw new DomainError('VALIDATION_FAILED', {
      id: 'Tidak ada yang diubah: kirim setidaknya satu isian.',
      en: 'Nothing to change: send at least one field.',
    });
  });
}
