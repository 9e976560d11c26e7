import { z } from 'zod';
import { listLociQuerySchema } from '../../../contracts/loci.contract';

// A cycle page's loci filters live in the URL (reload, back and a shared link keep them); fields follow the API.
const { search, kind, provinceCode } = listLociQuerySchema.shape;
const lociSearchSchema = z.object({
  search: search.catch(undefined),
  kind: kind.catch(undefined),
  provinceCode: provinceCode.catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type LociSearch = z.infer<typeof lociSearchSchema>;

export function parseLociSearch(searchParams: Record<string, unknown>): LociSearch {
  return lociSearchSchema.parse(searchParams);
}
