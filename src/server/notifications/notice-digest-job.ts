import type { FastifyBaseLogger } from 'fastify';
import type { AppConfig } from '../config';
import type { Database } from '../db/database';
import { createMailer } from '../mail/mailer';
import { sendNoticeDigests } from './send-notice-digests';

export interface NoticeDigestJob {
  stop(): Promise<void>;
}

/**
 * Sends notice digests in the background while the server runs, when SMTP is configured: one bounded pass
 * (sendNoticeDigests) every PATUH_MAIL_CHECK_SECONDS, on the server's clock. Stopping waits for the pass.
 */
export function startNoticeDigestJob(
  db: Database,
  config: Pick<AppConfig, 'mail' | 'documentBaseUrl'>,
  log: Pick<FastifyBaseLogger, 'info' | 'error'>,
  now: () => Date,
): NoticeDigestJob | undefined {
  const mailer = createMailer(config.mail);
  if (!mailer || !config.mail) return undefined;
  const checkMs = config.mail.checkMs;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const pass = async () => {
    try {
      const outcome = await sendNoticeDigests(db, mailer, now(), config.documentBaseUrl);
      if (outcome.sent > 0 || outcome.failed > 0) log.info(outcome, 'notice digests');
    } catch (error) {
      log.error({ err: error }, 'notice digest pass failed');
    }
  };
  const schedule = () => {
    if (stopping) return;
    timer = setTimeout(() => {
      running = pass().finally(schedule);
    }, checkMs);
    timer.unref();
  };
  running = pass().finally(schedule);
  return {
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await running;
      mailer.close();
    },
  };
}
