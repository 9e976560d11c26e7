import type { RespondentList } from '../../contracts/collection.contract';
import type { RespondentRole } from '../../core/methodology/structure.schema';
import type { Queryable } from '../db/database';
import { listRespondents } from '../db/repositories/respondents.repository';
import { toRespondentDto } from '../presenters/collection.presenter';
import { countRoles } from './collection-roles';

/** The unit's officials with, per role, how many are recorded and which roles are still missing. */
export async function respondentListOf(
  db: Queryable,
  locusUnitId: string,
  officialRoles: readonly RespondentRole[],
): Promise<RespondentList> {
  const rows = await listRespondents(db, locusUnitId);
  return { respondents: rows.map(toRespondentDto), ...countRoles(officialRoles, rows) };
}
