import { z } from 'zod';
import { listUsersQuerySchema } from '../../../contracts/users.contract';

// The list filters live in the URL (shareable, survive a reload); each field comes from the API's query schema.
const { search, role, provinceCode } = listUsersQuerySchema.shape;
const usersSearchSchema = z.object({
  search: search.catch(undefined),
  role: role.catch(undefined),
  provinceCode: provinceCode.catch(undefined),
  includeInactive: z
    .enum(['true'])
    .transform(() => true)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type UsersSearch = z.infer<typeof usersSearchSchema>;

export function parseUsersSearch(search: Record<string, unknown>): UsersSearch {
  return usersSearchSchema.parse(search);
}
