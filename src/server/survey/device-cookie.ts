import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config';
import type { Queryable } from '../db/database';
import { DomainError } from '../errors';
import { createSigningSecretLoader } from '../security/signing-secret';
import {
  checkDeviceToken,
  deviceCookieMaxAgeSeconds,
  deviceCookieName,
  hashDeviceToken,
  issueDeviceToken,
} from './device-token';

export interface SurveyDevice {
  /** sha256 of the signed token: the only trace of the device that is ever stored. */
  sha256: string;
  /** A token made for this request (none came): it must be sent back as the cookie. */
  issuedToken: string | null;
}

/**
 * Reads the survey device cookie. A missing cookie gets a fresh token; a cookie whose signature does not check
 * out is refused (400) rather than replaced, so editing the cookie cannot buy a second response.
 */
export function createSurveyDeviceReader(db: Queryable, config: Pick<AppConfig, 'secret'>) {
  const loadSecret = createSigningSecretLoader(db, config);
  return async function readSurveyDevice(request: FastifyRequest): Promise<SurveyDevice> {
    const key = await loadSecret();
    const check = checkDeviceToken(key, request.cookies[deviceCookieName]);
    if (check.kind === 'invalid') throw invalidDeviceToken();
    if (check.kind === 'valid') return { sha256: check.sha256, issuedToken: null };
    const token = issueDeviceToken(key);
    return { sha256: hashDeviceToken(token), issuedToken: token };
  };
}

export function setSurveyDeviceCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  device: SurveyDevice,
): void {
  if (device.issuedToken === null) return;
  reply.setCookie(deviceCookieName, device.issuedToken, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: deviceCookieMaxAgeSeconds,
  });
}

export function invalidDeviceToken(): DomainError {
  return new DomainError('DEVICE_TOKEN_INVALID', {
    id: 'Penanda perangkat survei pada peramban ini tidak sah (telah diubah atau rusak), sehingga jawaban tidak dapat diterima.',
    en: 'The survey device token in this browser is not valid (altered or damaged), so no answer can be accepted.',
  });
}
