import { z } from 'zod';
import { listEntitiesQuerySchema } from '../../../contracts/entities.contract';

// The directory's filters live in the URL (reload, back and a shared link keep them); fields follow the API.
const { search, kind, provinceCode } = listEntitiesQuerySchema.shape;
const directorySearchSchema = z.object({
  search: search.catch(undefined),
  kind: kind.catch(undefined),
  provinceCode: provinceCode.catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type DirectorySearch = z.infer<typeof directorySearchSchema>;

export function parseDirectorySearch(searchParams: Record<string, unknown>): DirectorySearch {
  return directorySearchSchema.parse(searchParams);
}
