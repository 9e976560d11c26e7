import { z } from 'zod';
import { aggregationSchema } from './aggregation.schema';
import { classificationSchema } from './classification.schema';
import { localizedTextSchema } from './localized-text.schema';
import { provenanceSchema } from './provenance.schema';
import { revisionOfSchema, supersededBySchema } from './revision.schema';
import { scaleSchema } from './scale.schema';
import { dimensionSchema, entityKindSchema, respondentRoleSchema, unitTypeSchema } from './structure.schema';

/** One edition of an assessment method, as stored in `methodologies/<id>/<version>/methodology.json`. */
export const methodologySchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case, e.g. ombudsman-kepatuhan'),
  version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, 'e.g. 2024'),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  legalBasis: z.array(localizedTextSchema).min(1),
  status: z.enum(['draft', 'active', 'retired']),
  /** Set when a corrected revision replaces this edition; not part of the content hash. */
  supersededBy: supersededBySchema.optional(),
  /** Set in a corrected revision: the edition it corrects and what changed. */
  revisionOf: revisionOfSchema.optional(),
  provenance: provenanceSchema,
  entityKinds: z.array(entityKindSchema).min(1),
  unitTypes: z.array(unitTypeSchema).min(1),
  respondentRoles: z.array(respondentRoleSchema).min(1),
  scales: z.array(scaleSchema).min(1),
  dimensions: z.array(dimensionSchema).min(1),
  aggregation: aggregationSchema,
  classification: classificationSchema,
});

export type Methodology = z.infer<typeof methodologySchema>;
