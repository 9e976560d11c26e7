import { okResponseSchema } from '../../contracts/auth.contract';
import {
  completePasswordResetSchema,
  oneTimePasswordSchema,
  passwordResetAvailabilitySchema,
  requestPasswordResetSchema,
} from '../../contracts/recovery.contract';
import { userIdParamsSchema } from '../../contracts/users.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { DomainError } from '../errors';
import { createMailer } from '../mail/mailer';
import { completePasswordReset } from '../use-cases/complete-password-reset';
import { requestPasswordReset } from '../use-cases/request-password-reset';
import { resetUserPassword } from '../use-cases/reset-user-password';

/** Account recovery: "lupa kata sandi" by e-mail (when SMTP is configured) and one-time passwords by staff. */
export function registerRecoveryRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const mailer = createMailer(config.mail);
  if (mailer) app.addHook('onClose', async () => mailer.close());
  const tags = ['auth'];

  app.get(
    '/api/auth/password-reset',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getPasswordResetAvailability',
        tags,
        summary: 'Apakah "lupa kata sandi" lewat surel tersedia',
        description: 'Whether "lupa kata sandi" by e-mail is offered',
        response: { 200: passwordResetAvailabilitySchema },
      },
    },
    async () => ({ available: mailer !== undefined }),
  );

  app.post(
    '/api/auth/password-reset/request',
    {
      // Per client address; per account at most three links an hour (the use-case).
      config: { access: 'public', rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        operationId: 'requestPasswordReset',
        tags,
        summary:
          'Kirim tautan atur ulang sekali pakai (30 menit) lewat surel; jawabannya sama, akun ada atau tidak',
        description:
          'E-mail a single-use reset link (30 minutes); the same answer whether or not the account exists',
        body: requestPasswordResetSchema,
        response: { 202: okResponseSchema },
      },
    },
    async (request, reply) => {
      if (!mailer) throw mailNotConfigured();
      await requestPasswordReset(
        db,
        mailer,
        request.body.email,
        now(),
        config.documentBaseUrl,
        auditContextOf(request),
        (error) => request.log.error({ err: error }, 'password reset mail failed'),
      );
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/api/auth/password-reset/complete',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        operationId: 'completePasswordReset',
        tags,
        summary: 'Tetapkan kata sandi baru dengan token dari surel (sekali pakai); semua sesi akun diakhiri',
        description:
          'Set a new password with the e-mailed token (single use); ends every session of the account',
        body: completePasswordResetSchema,
        response: { 200: okResponseSchema },
      },
    },
    async (request) => {
      await completePasswordReset(db, request.body, now(), auditContextOf(request));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      config: { access: { action: 'user.update' } },
      schema: {
        operationId: 'issueOneTimePassword',
        tags: ['users'],
        summary:
          'Terbitkan kata sandi sekali pakai (admin; koordinator di provinsinya): tampil sekali, wajib diganti saat masuk berikutnya; sesi akun diakhiri',
        description:
          'Issue a one-time password (admins; coordinators in their provinces): shown once, to be changed at ' +
          'the next sign-in; ends the account\u2019s sessions',
        params: userIdParamsSchema,
        response: { 200: oneTimePasswordSchema },
      },
    },
    async (request) =>
      resetUserPassword(db, requireActor(request), { userId: request.params.id }, auditContextOf(request)),
  );
}

function mailNotConfigured(): DomainError {
  return new DomainError('MAIL_NOT_CONFIGURED', {
    id: 'Server ini belum dapat mengirim e-mail. Minta administrator atau koordinator mengatur ulang kata sandi Anda.',
    en: 'This server cannot send e-mail. Ask an administrator or coordinator to reset your password.',
  });
}
