import type { TFunction } from 'i18next';
import type { OutboxEntry } from './outbox-database';

/**
 * Why an entry is not on the server yet, in the screen's language: a failure the app names itself in the words
 * of `offline.reasons`, else the server's own message (it came in the UI's language, by Accept-Language).
 */
export function describeOutboxProblem(
  entry: Pick<OutboxEntry, 'lastError' | 'lastReason'>,
  t: TFunction,
): string {
  const reason = entry.lastReason;
  if (reason) return t(`offline.reasons.${reason.code}`, { status: reason.status ?? '' });
  return entry.lastError ?? '';
}
