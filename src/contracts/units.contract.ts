import { z } from 'zod';

export const unitTypeSchema = z
  .object({
    code: z.string(),
    nameId: z.string(),
    nameEn: z.string(),
    sortOrder: z.number().int(),
    isActive: z.boolean(),
  })
  .meta({ id: 'UnitType' });
export type UnitType = z.infer<typeof unitTypeSchema>;

export const unitTypeCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'kode jenis unit / unit type code');
export const unitTypeCodeParamsSchema = z.object({ code: unitTypeCodeSchema });

export const createUnitTypeRequestSchema = z
  .object({
    code: unitTypeCodeSchema,
    nameId: z.string().trim().min(2).max(120),
    nameEn: z.string().trim().min(2).max(120),
    sortOrder: z.number().int().min(0).max(10_000).default(100),
  })
  .meta({ id: 'CreateUnitTypeRequest' });

export const updateUnitTypeRequestSchema = z
  .object({
    nameId: z.string().trim().min(2).max(120).optional(),
    nameEn: z.string().trim().min(2).max(120).optional(),
    sortOrder: z.number().int().min(0).max(10_000).optional(),
    isActive: z.boolean().optional(),
  })
  .meta({ id: 'UpdateUnitTypeRequest' });

const productNamesSchema = z
  .array(z.string().trim().min(2).max(160))
  .max(50)
  .refine((names) => new Set(names.map((name) => name.toLowerCase())).size === names.length, {
    message: 'nama produk tidak boleh ganda / product names must be unique',
  });

export const unitSchema = z
  .object({
    id: z.string().uuid(),
    entityCode: z.string(),
    unitTypeCode: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    serviceHours: z.string().nullable().describe('Opening hours in local time, "07:30-16:00"'),
    isActive: z.boolean(),
    products: z.array(z.string()).describe('Service products, e.g. "Akta kelahiran"'),
  })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof unitSchema>;

const coordinatesSchema = {
  latitude: z.number().min(-11.5).max(6.5).nullable().describe('WGS84; Indonesia spans about 11°S–6°N'),
  longitude: z.number().min(94.5).max(141.5).nullable(),
};

/** "07:30-16:00" in the unit's local time (WIB/WITA/WIT); the survey flags responses outside these hours. */
const serviceHoursSchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, {
    message: 'jam layanan seperti 07:30-16:00 / service hours like 07:30-16:00',
  })
  .refine((text) => text.slice(0, 5) < text.slice(6, 11), {
    message: 'jam buka harus sebelum jam tutup / opening must come before closing',
  })
  .nullable();

export const createUnitRequestSchema = z
  .object({
    unitTypeCode: unitTypeCodeSchema,
    name: z.string().trim().min(3).max(200),
    address: z.string().trim().max(400).nullable().default(null),
    latitude: coordinatesSchema.latitude.default(null),
    longitude: coordinatesSchema.longitude.default(null),
    serviceHours: serviceHoursSchema.default(null),
    products: productNamesSchema.default([]),
  })
  .meta({ id: 'CreateUnitRequest' });
export type CreateUnitRequest = z.infer<typeof createUnitRequestSchema>;

export const updateUnitRequestSchema = z
  .object({
    unitTypeCode: unitTypeCodeSchema.optional(),
    name: z.string().trim().min(3).max(200).optional(),
    address: z.string().trim().max(400).nullable().optional(),
    latitude: coordinatesSchema.latitude.optional(),
    longitude: coordinatesSchema.longitude.optional(),
    serviceHours: serviceHoursSchema.optional(),
    isActive: z.boolean().optional(),
    products: productNamesSchema.optional().describe('Replaces the whole list when given'),
  })
  .meta({ id: 'UpdateUnitRequest' });
export type UpdateUnitRequest = z.infer<typeof updateUnitRequestSchema>;

export const unitIdParamsSchema = z.object({ id: z.string().uuid() });

export const entityDetailUnitsSchema = z.array(unitSchema);
