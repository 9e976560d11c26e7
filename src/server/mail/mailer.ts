import { createTransport } from 'nodemailer';
import type { AppConfig } from '../config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends plain-text mail through the configured SMTP server. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Bounded waits, so a dead SMTP server stalls neither a request nor the digest job for long. */
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/** A mailer for PATUH_SMTP_URL, or undefined when the server has no outgoing mail. */
export function createMailer(mail: AppConfig['mail']): Mailer | undefined {
  if (!mail) return undefined;
  const transport = createTransport({ url: mail.smtpUrl, ...timeouts }, { from: mail.from });
  return {
    async send(message) {
      await transport.sendMail(message);
    },
    close() {
      transport.close();
    },
  };
}
