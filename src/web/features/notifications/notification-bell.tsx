import { Anchor, Button, Popover, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notificationListSchema } from '../../../contracts/notifications.contract';
import { getJson } from '../../lib/api-client';

/** The signed-in user's notices (computed by the server on each read), with a count and links. */
export function NotificationBell() {
  const { t } = useTranslation();
  const notices = useQuery({
    queryKey: ['notifications'],
    queryFn: () => getJson('/api/notifications', notificationListSchema),
    staleTime: 60_000,
  });
  const count = notices.data?.count ?? 0;
  return (
    <Popover position="bottom-end" width={320} shadow="md">
      <Popover.Target>
        <Button
          variant={count > 0 ? 'light' : 'subtle'}
          color={count > 0 ? 'red' : 'gray'}
          size="compact-sm"
          aria-label={t('plans.notifications.bell', { count })}
        >
          🔔 {count}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text fw={600}>{t('plans.notifications.title')}</Text>
          {count === 0 && (
            <Text size="sm" c="dimmed">
              {t('plans.notifications.none')}
            </Text>
          )}
          {notices.data?.items.map((notice) => (
            <div key={notice.key}>
              <Text size="xs" c={notice.kind === 'item-overdue' ? 'red' : 'dimmed'}>
                {t(`plans.notifications.kinds.${notice.kind}`, { days: Math.abs(notice.daysLeft ?? 0) })} ·{' '}
                {notice.entityName}
              </Text>
              <Anchor href={notice.link} size="sm">
                {notice.kind === 'objection-decided'
                  ? t(`plans.notifications.outcomes.${notice.title as 'accepted' | 'rejected'}`)
                  : notice.title}
              </Anchor>
            </div>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
