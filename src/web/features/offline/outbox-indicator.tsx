import { Badge, Button, Group } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentOutboxUserId, resumeOutboxAfterSignIn, retryOutboxNow } from './outbox-sync';
import { discardOtherAccountEntries } from './outbox-writes';
import { isFieldKitDue, prepareFieldWork, readFieldKit } from './prepare-field-work';
import { useOnline } from './use-online';
import { useOutboxSummary, useSyncState } from './use-outbox';

/**
 * "N perubahan menunggu / semua tersimpan" above every signed-in page. Shown only to signed-in users, so its
 * first render after signing in again is also the moment a sync paused by an ended session resumes.
 */
export function OutboxIndicator() {
  const { t } = useTranslation();
  const summary = useOutboxSummary();
  const sync = useSyncState();
  const online = useOnline();
  useEffect(() => {
    if (sync.pause === 'signed-out') resumeOutboxAfterSignIn();
  }, [sync.pause]);
  // Prepared field data is refreshed quietly whenever the app is online and the copy is getting old.
  useEffect(() => {
    if (online && isFieldKitDue(readFieldKit(currentOutboxUserId()), Date.now()))
      void prepareFieldWork(() => undefined).catch(() => undefined);
  }, [online]);
  const text =
    sync.pause === 'signed-out'
      ? t('offline.indicator.signedOut', { count: summary.waiting })
      : summary.waiting > 0
        ? t('offline.indicator.waiting', { count: summary.waiting })
        : t('offline.indicator.allSaved');
  const colour = sync.pause ? 'red' : summary.waiting > 0 ? 'orange' : 'green';
  return (
    <Group gap={6} wrap="wrap">
      {!online && (
        <Badge color="gray" variant="filled" size="sm">
          {t('offline.indicator.offline')}
        </Badge>
      )}
      <Badge
        color={colour}
        variant="light"
        size="sm"
        role="status"
        aria-label={`${t('offline.indicator.label')}: ${text}`}
        style={{ overflow: 'visible' }}
      >
        {text}
      </Badge>
      {summary.needsUser > 0 && (
        <Badge color="red" variant="outline" size="sm">
          {t('offline.indicator.needsUser', { count: summary.needsUser })}
        </Badge>
      )}
      {summary.otherAccount > 0 && (
        <>
          <Badge color="gray" variant="outline" size="sm" role="status">
            {t('offline.indicator.otherAccount', { count: summary.otherAccount })}
          </Badge>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            onClick={() => {
              if (window.confirm(t('offline.indicator.discardOtherAccountConfirm')))
                void discardOtherAccountEntries();
            }}
          >
            {t('offline.indicator.discardOtherAccount')}
          </Button>
        </>
      )}
      {summary.waiting > 0 && online && !sync.running && (
        <Button size="compact-xs" variant="subtle" onClick={() => void retryOutboxNow()}>
          {t('offline.indicator.sendNow')}
        </Button>
      )}
    </Group>
  );
}
