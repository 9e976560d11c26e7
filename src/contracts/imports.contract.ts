import { z } from 'zod';

export const importFormatSchema = z.enum(['csv', 'xlsx']);

export const importProblemSchema = z
  .object({
    row: z.number().int().describe('1-based row in the file (the header is row 1)'),
    column: z.string(),
    value: z.string(),
    message: z.object({ id: z.string(), en: z.string() }),
  })
  .meta({ id: 'ImportProblem' });
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importQuerySchema = z.object({ format: importFormatSchema });
export const exportQuerySchema = z.object({ format: importFormatSchema.default('csv') });

export const lociImportResultSchema = z
  .object({
    rows: z.number().int(),
    lociCreated: z.number().int(),
    unitsCreated: z.number().int(),
    locusUnitsAdded: z.number().int(),
  })
  .meta({ id: 'LociImportResult' });

/** The columns of a loci file, in order; export writes them and import reads them by name. */
export const lociFileColumns = ['kode_entitas', 'nama_entitas', 'jenis_unit', 'nama_unit'] as const;

/** Entities with their units, one row per unit; the directory export writes it and its import reads it. */
export const directoryFileColumns = [
  'kode_entitas',
  'jenis_entitas',
  'kode_provinsi',
  'nama_resmi',
  'nama_singkat',
  'alias',
  'jenis_unit',
  'nama_unit',
] as const;

export const directoryImportResultSchema = z
  .object({
    rows: z.number().int(),
    entitiesCreated: z.number().int(),
    aliasesChanged: z.number().int(),
    unitsCreated: z.number().int(),
  })
  .meta({ id: 'DirectoryImportResult' });

export const directoryExportQuerySchema = z.object({
  format: importFormatSchema.default('csv'),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});
