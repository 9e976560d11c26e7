import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './api-schema.generated';

/** Every path and operation of the API, generated from the OpenAPI document (`npm run api:generate`). */
export type ApiPaths = paths;

/**
 * A fetch client typed from the OpenAPI document: paths, parameters, bodies, answers and the shared
 * `ErrorResponse` are checked by the compiler, so a contract change that breaks a caller fails `tsc`.
 * Same-origin cookies carry the session, as with the screens' own client (api-client.ts).
 */
export function createTypedApiClient(options: ClientOptions = {}): Client<ApiPaths> {
  return createClient<ApiPaths>({ credentials: 'same-origin', ...options });
}
