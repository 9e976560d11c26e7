import type { OfficeLetterhead } from '../../contracts/documents.contract';
import { can } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { listOfficeLetterheads } from '../db/repositories/office-letterheads.repository';
import { centreOfficeCode } from '../documents/resolve-signing';
import { toOfficeLetterhead } from './save-office-letterhead';

/** The letterheads of the offices the caller manages (admins: all). */
export async function listLetterheadsFor(
  db: Queryable,
  actor: RequestActor,
): Promise<{ items: OfficeLetterhead[] }> {
  const rows = await listOfficeLetterheads(db);
  const manages = (officeCode: string) =>
    officeCode === centreOfficeCode
      ? actor.role === 'admin'
      : can(actor, 'documents.configure', { type: 'province', provinceCode: officeCode });
  return { items: rows.filter((row) => manages(row.officeCode)).map(toOfficeLetterhead) };
}
