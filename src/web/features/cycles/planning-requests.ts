import i18next from 'i18next';
import type { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/error.contract';
import { ApiError } from '../../lib/api-client';

/** PUT with a JSON body, and raw file uploads: what the shared client does not offer. Same error shape. */
async function send<Schema extends z.ZodType>(
  method: 'PUT' | 'POST',
  url: string,
  schema: Schema,
  body: BodyInit,
  contentType: string,
): Promise<z.infer<Schema>> {
  const response = await fetch(url, {
    method,
    headers: {
      accept: 'application/json',
      'accept-language': i18next.language || 'id',
      'content-type': contentType,
    },
    credentials: 'same-origin',
    body,
  });
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(payload);
    if (!parsed.success) throw new ApiError(response.status, 'HTTP_ERROR', `HTTP ${response.status}`);
    const { code, message, requestId, details, detailsTotal } = parsed.data.error;
    throw new ApiError(response.status, code, message, requestId, details, undefined, detailsTotal);
  }
  return schema.parse(payload);
}

export function putJson<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  body: unknown,
): Promise<z.infer<Schema>> {
  return send('PUT', url, schema, JSON.stringify(body), 'application/json');
}

/** The file itself as the body; the server sniffs its type from the bytes. */
export function uploadFile<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  file: File,
  method: 'POST' | 'PUT' = 'POST',
): Promise<z.infer<Schema>> {
  return send(method, url, schema, file, file.type || 'application/octet-stream');
}
