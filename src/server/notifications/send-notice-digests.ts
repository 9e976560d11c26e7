import type { Database } from '../db/database';
import {
  listDeliveredKeys,
  listDigestRecipients,
  markDigestChecked,
  recordDeliveries,
} from '../db/repositories/notice-mail.repository';
import type { Mailer } from '../mail/mailer';
import { listNotifications } from '../use-cases/list-notifications';
import { composeDigest } from './notice-texts';

const hourMs = 3_600_000;
/** People looked at in one pass; the next pass takes the next ones (least recently checked first). */
export const digestBatchSize = 100;
/** Notices listed in one digest; the rest wait for the next hour. */
const noticesPerDigest = 50;

/**
 * One bounded pass of the mail digest: for each person due (last digest ≥ 1 hour ago, e-mail on), the
 * notices computed as the bell computes them, minus those mailed before; when any is new, one e-mail, and
 * its notice keys are recorded so none is sent twice. A failed send leaves them for the next pass.
 */
export async function sendNoticeDigests(
  db: Database,
  mailer: Mailer,
  now: Date,
  baseUrl: string,
): Promise<{ checked: number; sent: number; failed: number }> {
  const recipients = await listDigestRecipients(db, new Date(now.getTime() - hourMs), digestBatchSize);
  let sent = 0;
  let failed = 0;
  for (const person of recipients) {
    const { items } = await listNotifications(db, person, now);
    const delivered = await listDeliveredKeys(
      db,
      person.userId,
      items.map((notice) => notice.key),
    );
    const fresh = items.filter((notice) => !delivered.has(notice.key)).slice(0, noticesPerDigest);
    if (fresh.length === 0) {
      await markDigestChecked(db, person.userId, now);
      continue;
    }
    try {
      await mailer.send({ to: person.email, ...composeDigest(fresh, person, baseUrl) });
    } catch {
      failed += 1;
      await markDigestChecked(db, person.userId, now);
      continue;
    }
    await recordDeliveries(
      db,
      person.userId,
      fresh.map((notice) => notice.key),
      now,
    );
    sent += 1;
  }
  return { checked: recipients.length, sent, failed };
}
