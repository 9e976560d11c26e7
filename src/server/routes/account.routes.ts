import {
  changePasswordRequestSchema,
  currentUserSchema,
  okResponseSchema,
  updateAccountRequestSchema,
} from '../../contracts/auth.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { toCurrentUser } from '../presenters/user.presenter';
import { changePassword } from '../use-cases/change-password';
import { updateAccount } from '../use-cases/update-account';

export function registerAccountRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);

  app.post(
    '/api/account/password',
    {
      // In-process first line against floods; the database throttle (per account + address) is the real limit.
      config: { access: { action: 'account.manage' }, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        operationId: 'changeOwnPassword',
        tags: ['account'],
        summary: 'Ganti kata sandi saya (sesi saya yang lain diakhiri)',
        description: 'Change my password (ends my other sessions)',
        body: changePasswordRequestSchema,
        response: { 200: okResponseSchema },
      },
    },
    async (request) => {
      await changePassword(
        db,
        requireActor(request),
        request.body,
        { ...auditContextOf(request), ip: request.ip },
        now(),
      );
      return { ok: true as const };
    },
  );

  app.patch(
    '/api/account',
    {
      config: { access: { action: 'account.manage' } },
      schema: {
        operationId: 'updateOwnAccount',
        tags: ['account'],
        summary: 'Ubah nama atau bahasa saya',
        description: 'Update my name or language',
        body: updateAccountRequestSchema,
        response: { 200: currentUserSchema },
      },
    },
    async (request) =>
      toCurrentUser(await updateAccount(db, requireActor(request), request.body, auditContextOf(request))),
  );
}
