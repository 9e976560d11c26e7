import {
  noticeMailSettingSchema,
  notificationListSchema,
  updateNoticeMailSettingSchema,
} from '../../contracts/notifications.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { findMailEnabled } from '../db/repositories/notice-mail.repository';
import { listNotifications } from '../use-cases/list-notifications';
import { updateNoticeMailSetting } from '../use-cases/update-notice-mail-setting';

export function registerNotificationRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const now = clockOf(config);
  const mailConfigured = config.mail !== undefined;
  app.get(
    '/api/notifications',
    {
      config: { access: 'signed-in' },
      schema: {
        operationId: 'listNotifications',
        tags: ['notifications'],
        summary:
          'Pemberitahuan pengguna: butir rencana jatuh tempo atau terlambat, langkah alur kerja yang menunggu, masa dan keputusan keberatan, publikasi',
        description:
          'The signed-in user\u2019s notices: plan items due or overdue, workflow steps waiting, objection ' +
          'window and decisions, publications',
        response: { 200: notificationListSchema },
      },
    },
    async (request) => listNotifications(database.db, requireActor(request), now()),
  );

  app.get(
    '/api/account/notice-mail',
    {
      config: { access: { action: 'account.manage' } },
      schema: {
        operationId: 'getNoticeMailSetting',
        tags: ['notifications'],
        summary: 'Apakah pemberitahuan saya juga dikirim lewat surel',
        description: 'Whether my notices also go out by e-mail',
        response: { 200: noticeMailSettingSchema },
      },
    },
    async (request) => ({
      mailEnabled: await findMailEnabled(database.db, requireActor(request).userId),
      mailConfigured,
    }),
  );

  app.put(
    '/api/account/notice-mail',
    {
      config: { access: { action: 'account.manage' } },
      schema: {
        operationId: 'setNoticeMailSetting',
        tags: ['notifications'],
        summary: 'Nyalakan atau matikan ringkasan surel saya',
        description: 'Turn my e-mail digest on or off',
        body: updateNoticeMailSettingSchema,
        response: { 200: noticeMailSettingSchema },
      },
    },
    async (request) =>
      updateNoticeMailSetting(
        database.db,
        requireActor(request),
        request.body.mailEnabled,
        mailConfigured,
        auditContextOf(request),
      ),
  );
}
