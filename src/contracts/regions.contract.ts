import { z } from 'zod';

export const provinceSchema = z
  .object({ code: z.string(), name: z.string().describe('Display name, e.g. "Sumatera Selatan"') })
  .meta({ id: 'Province' });
export type Province = z.infer<typeof provinceSchema>;

export const provinceListSchema = z.array(provinceSchema);
