import { z } from 'zod';

const optionalEnglish = z.strictObject({ id: z.string().min(1), en: z.string().min(1).optional() });
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour #rrggbb');

/**
 * Everything printed on one piagam. The server fills it from a published result snapshot and the cycle's
 * settings (decree, signatories per province office); the renderer adds nothing but layout.
 */
export const piagamInputSchema = z.strictObject({
  language: z.enum(['id', 'en']),
  /** Who issues it, e.g. "Ombudsman Republik Indonesia" and "Perwakilan Provinsi Sumatera Selatan". */
  issuer: z.strictObject({ name: z.string().min(1), office: z.string().min(1).optional() }),
  recipient: z.strictObject({
    /** "Pemerintah Kabupaten Musi Banyuasin", or a unit: "Dinas Sosial". */
    name: z.string().min(1),
    /** For a unit: the government it belongs to, printed under its name. */
    entityName: z.string().min(1).optional(),
  }),
  year: z.number().int().min(2000).max(2100),
  /** 0–100; printed with 2 decimals (rounded half-up) and the language's decimal separator. */
  score: z.number().min(0).max(100),
  category: z.string().min(1),
  opinion: optionalEnglish,
  zone: z.strictObject({ label: optionalEnglish, colour: hexColour }),
  /** True in the best zone: the title then reads "Piagam Penghargaan" (award), otherwise a result certificate. */
  award: z.boolean(),
  /**
   * The edition has no zones (Opini Ombudsman, domain.md §7): the piagam is the "Opini Ombudsman RI" award, names
   * the Penilaian Maladministrasi and prints no zone cell.
   */
  zoneless: z.boolean().optional(),
  decree: z.strictObject({
    number: z.string().min(1),
    /** Whose decree; defaults to the Chair of the Ombudsman RI, who fixes the national results. */
    authority: optionalEnglish.optional(),
  }),
  place: z.string().min(1),
  /** Calendar date "YYYY-MM-DD", printed long: "14 November 2024". */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  signatories: z
    .array(z.strictObject({ name: z.string().min(1), title: z.string().min(1) }))
    .min(1)
    .max(3),
  /** Printed under the result when it is not an ordinary accepted one (not accepted, override, corrected, demo). */
  notices: z.array(z.string().min(1)).max(5).optional(),
  /** The issuing office's emblem or letterhead (PNG or JPEG as a data URL), printed at the top left when set. */
  letterhead: z
    .string()
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'expected a PNG or JPEG data URL')
    .optional(),
  verification: z.strictObject({
    /** `XXXX-XXXX-XX`, checked with isWellFormedVerificationCode before rendering. */
    code: z.string(),
    url: z.url(),
  }),
});

export type PiagamInput = z.infer<typeof piagamInputSchema>;
