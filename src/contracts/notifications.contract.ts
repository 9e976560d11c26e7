import { z } from 'zod';

export const noticeKinds = [
  'item-due-soon',
  'item-overdue',
  'unit-returned',
  'unit-submitted',
  'entity-ready-to-approve',
  'entity-approved',
  'objection-window-open',
  'objection-window-closing',
  'objection-decided',
  'results-published',
] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export const notificationSchema = z.object({
  kind: z.enum(noticeKinds),
  /**
   * Stable name of what the notice is about (kind, subject and the moment it arose), so a mail digest
   * never sends the same notice twice.
   */
  key: z.string(),
  /** Sorts and dates the notice: the due date, or when the unit was returned. */
  date: z.string().nullable(),
  entityCode: z.string(),
  entityName: z.string(),
  year: z.number().int(),
  /** The plan item's action, the unit's name, the objection's outcome or the cycle year. */
  title: z.string(),
  /** Days until the due date or the window's end (negative: overdue); null otherwise. */
  daysLeft: z.number().int().nullable(),
  /** Where the web app shows it. */
  link: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z
  .object({ count: z.number().int(), items: z.array(notificationSchema) })
  .meta({ id: 'NotificationList' });
export type NotificationList = z.infer<typeof notificationListSchema>;

export const noticeMailSettingSchema = z
  .object({
    /** Notices also go out by e-mail (at most one digest an hour). */
    mailEnabled: z.boolean(),
    /** Whether this server can send e-mail at all (PATUH_SMTP_URL). */
    mailConfigured: z.boolean(),
  })
  .meta({ id: 'NoticeMailSetting' });
export type NoticeMailSetting = z.infer<typeof noticeMailSettingSchema>;

export const updateNoticeMailSettingSchema = z
  .object({ mailEnabled: z.boolean() })
  .meta({ id: 'UpdateNoticeMailSetting' });
