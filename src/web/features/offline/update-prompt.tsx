import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button, Group, Notification } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** How often an open app asks whether a new version was deployed (phones keep the app open for days). */
const updateCheckMs = 60 * 60 * 1000;

/**
 * Registers the service worker and, when a new version has been deployed and is waiting, asks the user before
 * switching (a reload in the middle of an interview would be unwelcome; the outbox survives it either way).
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), updateCheckMs);
    },
  });
  if (!needRefresh) return null;
  return (
    <Notification
      role="alert"
      withCloseButton={false}
      title={t('offline.update.available')}
      style={{ position: 'fixed', bottom: 16, left: 16, right: 16, zIndex: 400, maxWidth: 420 }}
    >
      <Group gap="xs" mt={4}>
        <Button size="xs" onClick={() => void updateServiceWorker(true)}>
          {t('offline.update.reload')}
        </Button>
        <Button size="xs" variant="subtle" onClick={() => setNeedRefresh(false)}>
          {t('offline.update.later')}
        </Button>
      </Group>
    </Notification>
  );
}
