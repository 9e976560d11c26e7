import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { configure } from 'safe-stable-stringify';
import { StagedMultipartForm } from '../files/receive-multipart-form';
import { StagedRawUpload } from '../files/receive-raw-upload';

/** Keys in sorted order, so the same JSON sent with its fields in another order is the same request. */
const canonicalJson = configure({ deterministic: true, bigint: true, circularValue: null });

/** `PUT /api/cycles/2024/loci/16.06/units/<id>/answers`: what a key is bound to besides the body. */
export function routeOf(request: FastifyRequest): string {
  const path = request.url.split('?', 1)[0] ?? request.url;
  return `${request.method} ${path}`;
}

/**
 * SHA-256 of the request as the route understood it: route, parsed query and parsed body. A multipart form
 * counts by its fields and each file's hash (taken while the file streamed to disk), never by its boundary,
 * which a browser draws anew on each send; so a resend of the same photo matches and only the hash is kept.
 */
export function fingerprintRequest(request: FastifyRequest): string {
  const canonical = canonicalJson({
    route: routeOf(request),
    query: request.query ?? null,
    body: canonicalBodyOf(request),
  });
  return sha256Hex(canonical ?? '');
}

function canonicalBodyOf(request: FastifyRequest): unknown {
  const body = request.body;
  // A streamed body cannot be read twice; such routes are not idempotent (chunks are placed by offset).
  if (body instanceof Readable) return { stream: true };
  if (body instanceof StagedMultipartForm) {
    return {
      fields: body.fields,
      files: body.files.map((file) => ({
        fieldName: file.fieldName,
        fileName: file.fileName,
        sha256: file.sha256,
      })),
    };
  }
  // A raw file body streamed to disk counts by its hash, exactly as the same bytes buffered would.
  if (body instanceof StagedRawUpload) return { sha256: body.file.sha256 };
  if (!Buffer.isBuffer(body)) return body ?? null;
  return { sha256: sha256Hex(body) };
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
