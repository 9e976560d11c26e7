import { z } from 'zod';

/** Text every user sees, in Indonesian (`id`, the default) and English (`en`). */
export const localizedTextSchema = z.strictObject({
  id: z.string().min(1),
  en: z.string().min(1),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
