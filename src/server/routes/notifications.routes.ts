import { notificationListSchema } from '../../contracts/notifications.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { listNotifications } from '../use-cases/list-notifications';

export function registerNotificationRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const now = clockOf(config);
  app.get(
    '/api/notifications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notifications'],
        summary: 'The signed-in user\u2019s notices: plan items due or overdue, returned units',
        response: { 200: notificationListSchema },
      },
    },
    async (request) => listNotifications(database.db, requireActor(request), now()),
  );
}
