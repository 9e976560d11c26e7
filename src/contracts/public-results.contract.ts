import { z } from 'zod';
import { entityKindSchema } from './entities.contract';
import { entityCodeSchema, provinceCodeSchema } from './roles.contract';

const yearSchema = z.coerce.number().int().min(2000).max(2100);
const localized = z.object({ id: z.string(), en: z.string() });

/** A published year as the public sees it: the newest snapshot whose embargo has passed. */
export const publicCycleSchema = z
  .object({
    year: z.number().int(),
    snapshotId: z.string().uuid(),
    source: z.enum(['historical-import', 'computed']),
    methodologyRef: z
      .string()
      .describe('Edition the categories and zones follow, e.g. ombudsman-kepatuhan@2023'),
    methodologySha256: z.string(),
    decreeNumber: z.string().nullable(),
    decreeDate: z.string().nullable(),
    publishedAt: z.string().datetime().describe('The embargo time: when the results became public'),
    entityCount: z.number().int(),
    hasDemoValues: z.boolean().describe('Some values are demo values, not published ones'),
    hasZones: z
      .boolean()
      .describe(
        'False for editions without zones (Opini Ombudsman): results colour and group by opinion label',
      ),
  })
  .meta({ id: 'PublicCycle' });
export type PublicCycle = z.infer<typeof publicCycleSchema>;

export const publicCycleListSchema = z
  .object({ items: z.array(publicCycleSchema) })
  .meta({ id: 'PublicCycleList' });

export const publicResultsQuerySchema = z.object({
  year: yearSchema.optional().describe('A published year; the latest when left out'),
  kind: entityKindSchema.optional(),
  province: provinceCodeSchema.optional(),
});
export type PublicResultsQuery = z.infer<typeof publicResultsQuerySchema>;

/** One row of a published results table; the same columns in JSON, CSV and XLSX downloads. */
export const publicResultSchema = z
  .object({
    entityCode: z.string(),
    entityName: z.string(),
    kind: entityKindSchema,
    provinceCode: z.string().nullable(),
    provinceName: z.string().nullable(),
    score: z.number(),
    category: z.string(),
    opinionLabel: localized,
    zone: z.string(),
    categoryColour: z.string(),
    zoneColour: z.string(),
    rankNational: z.number().int().describe('Among the same entity kind nationally'),
    rankNationalOf: z.number().int(),
    rankProvince: z.number().int().nullable().describe('Kabupaten and kota together within the province'),
    rankProvinceOf: z.number().int().nullable(),
    previousRankNational: z
      .number()
      .int()
      .nullable()
      .describe('Only when both years rank the same population (same kind, same number ranked)'),
    previousRankProvince: z
      .number()
      .int()
      .nullable()
      .describe('Only when both years rank the same population (same province, same number ranked)'),
    previousScore: z.number().nullable().describe('The score of the year before, when published'),
    rankNationalNotComparable: localized
      .nullable()
      .describe('Why no national rank change is shown although the year before was ranked'),
    rankProvinceNotComparable: localized
      .nullable()
      .describe('Why no province rank change is shown although the year before was ranked'),
    flags: z
      .array(z.string())
      .describe('e.g. category-differs: a published value that disagrees with the computed one'),
    isDemoValue: z.boolean(),
    note: z.string().nullable(),
  })
  .meta({ id: 'PublicResult' });
export type PublicResult = z.infer<typeof publicResultSchema>;

/** "N of M assessed" for one entity kind: a cycle may assess a sample (310 of ~586 in 2025, domain.md §7). */
export const publicCoverageSchema = z
  .object({
    kind: entityKindSchema,
    assessed: z.number().int().describe('Published (assessed and ranked) entities of the kind: N'),
    inDirectory: z
      .number()
      .int()
      .describe(
        'Active entities of the kind in the directory (at least N): M; within the province when asked',
      ),
  })
  .meta({ id: 'PublicCoverage' });
export type PublicCoverage = z.infer<typeof publicCoverageSchema>;

export const publicResultListSchema = z
  .object({
    cycle: publicCycleSchema,
    items: z.array(publicResultSchema),
    coverage: z
      .array(publicCoverageSchema)
      .describe(
        'Per kind with published rows, for the asked province or nationally; ignores the kind filter',
      ),
  })
  .meta({ id: 'PublicResultList' });
export type PublicResultList = z.infer<typeof publicResultListSchema>;

export const publicExportQuerySchema = publicResultsQuerySchema.extend({
  format: z.enum(['csv', 'xlsx', 'json']),
});

export const publicEntityParamsSchema = z.object({ code: entityCodeSchema });

export const publicEntityHistoryEntrySchema = publicResultSchema
  .omit({ entityCode: true, entityName: true, kind: true, provinceCode: true, provinceName: true })
  .extend({
    year: z.number().int(),
    methodologyRef: z.string(),
    hasZones: z.boolean().describe('False for editions without zones (Opini Ombudsman)'),
  })
  .meta({ id: 'PublicEntityHistoryEntry' });
export type PublicEntityHistoryEntry = z.infer<typeof publicEntityHistoryEntrySchema>;

export const publicEntitySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: entityKindSchema,
    provinceCode: z.string().nullable(),
    provinceName: z.string().nullable(),
    kindInDirectory: z
      .number()
      .int()
      .describe('Active entities of its kind in the directory: the M of "ranked among N of M assessed"'),
    history: z.array(publicEntityHistoryEntrySchema).describe('Published years, oldest first'),
  })
  .meta({ id: 'PublicEntity' });
export type PublicEntity = z.infer<typeof publicEntitySchema>;

/** Column order of the open-data files. */
export const publicResultColumns = [
  'entityCode',
  'entityName',
  'kind',
  'provinceCode',
  'provinceName',
  'score',
  'category',
  'opinionLabel',
  'zone',
  'categoryColour',
  'zoneColour',
  'rankNational',
  'rankNationalOf',
  'rankProvince',
  'rankProvinceOf',
  'previousRankNational',
  'previousRankProvince',
  'flags',
  'isDemoValue',
  'note',
] as const satisfies readonly (keyof PublicResult)[];
