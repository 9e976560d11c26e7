import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Per person: whether notices also go out by e-mail, and when the last digest was sent (at most one an hour)
 * and when the digest job last looked (so each pass takes the people looked at longest ago).
 */
export const noticeMailSettings = pgTable(
  'notice_mail_settings',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id),
    mailEnabled: boolean('mail_enabled').notNull().default(true),
    lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
  },
  (table) => [index('notice_mail_settings_checked_idx').on(table.checkedAt)],
);

/** Each notice e-mailed to a person, by its stable key, so a digest never repeats one. */
export const noticeDeliveries = pgTable(
  'notice_deliveries',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    noticeKey: text('notice_key').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.noticeKey] })],
);

/**
 * "Lupa kata sandi": a single-use token e-mailed to the account's address; only its SHA-256 is stored, it
 * expires after 30 minutes and is spent by its first use.
 */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [index('password_reset_tokens_user_idx').on(table.userId)],
);
