import { createHmac } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config';
import type { Queryable } from '../db/database';
import { createSigningSecretLoader } from '../security/signing-secret';

/**
 * Who is posting a survey response, as far as the server can tell without cookies: the address and the user
 * agent. Only a keyed hash per unit ever leaves this object, so the raw values are never stored and one
 * client's responses to two units cannot be linked through the database.
 */
export interface SurveyClient {
  hashFor(locusUnitId: string): string;
}

/** A separate purpose from device tokens and piagam codes, which use the same secret. */
const purpose = 'patuh-survey-client-v1:';
/** User agents longer than this are cut: a few hundred characters identify any real browser. */
const maxUserAgentLength = 512;

export function surveyClientOf(secret: Buffer, address: string, userAgent: string | undefined): SurveyClient {
  const agent = (userAgent ?? '').slice(0, maxUserAgentLength);
  return {
    hashFor: (locusUnitId) =>
      createHmac('sha256', secret)
        .update(`${purpose}${locusUnitId}\n${address}\n${agent}`, 'utf8')
        .digest('hex'),
  };
}

/** Reads the client of a request; the address is the proxy's view when PATUH_TRUST_PROXY is set. */
export function createSurveyClientReader(db: Queryable, config: Pick<AppConfig, 'secret'>) {
  const loadSecret = createSigningSecretLoader(db, config);
  return async function readSurveyClient(request: FastifyRequest): Promise<SurveyClient> {
    return surveyClientOf(await loadSecret(), request.ip, request.headers['user-agent']);
  };
}

/** The pseudonym staff see: enough characters to tell clients of one unit apart, nothing more. */
export function clientLabelOf(clientHash: string | null): string | null {
  return clientHash === null ? null : clientHash.slice(0, 6).toUpperCase();
}
