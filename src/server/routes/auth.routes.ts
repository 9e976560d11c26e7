import type { FastifyReply, FastifyRequest } from 'fastify';
import { currentUserSchema, okResponseSchema, signInRequestSchema } from '../../contracts/auth.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { sessionCookieName, sessionMaxAgeMs } from '../auth/session-tokens';
import { clockOf } from '../clock';
import { findUserById } from '../db/repositories/users.repository';
import { notFoundError } from '../errors';
import { toCurrentUser } from '../presenters/user.presenter';
import { signIn } from '../use-cases/sign-in';
import { signOut } from '../use-cases/sign-out';

export function registerAuthRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);

  app.post(
    '/api/auth/sign-in',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        operationId: 'signIn',
        tags: ['auth'],
        summary: 'Masuk dengan surel dan kata sandi',
        description: 'Sign in with e-mail and password',
        body: signInRequestSchema,
        response: { 200: currentUserSchema },
      },
    },
    async (request, reply) => {
      const { token, user } = await signIn(
        db,
        {
          ...request.body,
          userAgent: request.headers['user-agent'] ?? null,
          context: { ...auditContextOf(request), ip: request.ip },
        },
        now(),
      );
      setSessionCookie(request, reply, token);
      return toCurrentUser(user);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: 'signed-in' },
      schema: {
        operationId: 'getCurrentUser',
        tags: ['auth'],
        summary: 'Pengguna yang sedang masuk',
        description: 'The signed-in user',
        response: { 200: currentUserSchema },
      },
    },
    async (request) => {
      const user = await findUserById(db, requireActor(request).userId);
      if (!user) throw notFoundError();
      return toCurrentUser(user);
    },
  );

  for (const everywhere of [false, true]) {
    app.post(
      everywhere ? '/api/auth/sign-out-everywhere' : '/api/auth/sign-out',
      {
        config: { access: 'signed-in' },
        schema: {
          operationId: everywhere ? 'signOutEverywhere' : 'signOut',
          tags: ['auth'],
          summary: everywhere ? 'Akhiri semua sesi pengguna yang sedang masuk' : 'Akhiri sesi ini',
          description: everywhere ? 'End every session of the signed-in user' : 'End this session',
          response: { 200: okResponseSchema },
        },
      },
      async (request, reply) => {
        await signOut(db, requireActor(request), { everywhere }, auditContextOf(request));
        reply.clearCookie(sessionCookieName, { path: '/' });
        return { ok: true as const };
      },
    );
  }
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    // Behind an HTTPS reverse proxy (PATUH_TRUST_PROXY=true) the cookie is marked Secure.
    secure: request.protocol === 'https',
    maxAge: sessionMaxAgeMs / 1000,
  });
}
