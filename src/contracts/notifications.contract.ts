import { z } from 'zod';

export const notificationSchema = z.object({
  kind: z.enum(['item-due-soon', 'item-overdue', 'unit-returned']),
  /** Sorts and dates the notice: the due date, or when the unit was returned. */
  date: z.string().nullable(),
  entityCode: z.string(),
  entityName: z.string(),
  year: z.number().int(),
  /** The plan item's action or the unit's name. */
  title: z.string(),
  /** Days until the due date (negative: overdue); null for a returned unit. */
  daysLeft: z.number().int().nullable(),
  /** Where the web app shows it. */
  link: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z
  .object({ count: z.number().int(), items: z.array(notificationSchema) })
  .meta({ id: 'NotificationList' });
export type NotificationList = z.infer<typeof notificationListSchema>;
