import type { z } from 'zod';
import { errorResponseSchema } from '../../contracts/error.contract';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Fetches a JSON endpoint and checks the body against the same contract the server answers with. */
export async function getJson<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  language: string,
): Promise<z.infer<Schema>> {
  const response = await fetch(url, { headers: { accept: 'application/json', 'accept-language': language } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsedError = errorResponseSchema.safeParse(body);
    if (parsedError.success) {
      throw new ApiError(response.status, parsedError.data.error.message, parsedError.data.error.requestId);
    }
    throw new ApiError(response.status, `HTTP ${response.status}`);
  }
  return schema.parse(body);
}
