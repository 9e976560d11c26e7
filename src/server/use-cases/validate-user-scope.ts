import type { UserScope } from '../../contracts/roles.contract';
import type { Role } from '../../core/access/roles';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { findEntityByCode } from '../db/repositories/entities.repository';
import { DomainError } from '../errors';
import { findProvinceName } from '../regions/load-regions';

/**
 * The scope each role needs (admins none, province staff their provinces, a liaison one existing entity in
 * its one province), and only what the actor may hand out: a coordinator gives provinces and entities of
 * their own provinces, ministries and agencies (no province) only come from admins or the command line
 * (`actor` undefined). Runs on creation and on every update, so a stored scope can never be forged.
 */
export async function validateUserScope(
  db: Queryable,
  actor: RequestActor | undefined,
  role: Role,
  scope: UserScope,
): Promise<UserScope> {
  const provinceCodes = [...new Set(scope.provinceCodes)].sort();
  const unknown = provinceCodes.filter((code) => !findProvinceName(code));
  if (unknown.length > 0) {
    throw new DomainError('PROVINCE_UNKNOWN', {
      id: `Kode provinsi tidak dikenal: ${unknown.join(', ')}.`,
      en: `Unknown province code: ${unknown.join(', ')}.`,
    });
  }
  if (role === 'admin') return { provinceCodes: [], entityCode: null };
  if (provinceCodes.length === 0) {
    throw invalid(
      'Pilih minimal satu provinsi untuk peran ini.',
      'Choose at least one province for this role.',
    );
  }
  const isCoordinator = actor !== undefined && actor.role !== 'admin';
  const foreign = isCoordinator ? provinceCodes.filter((code) => !actor.provinceCodes.includes(code)) : [];
  if (foreign.length > 0) {
    throw new DomainError('SCOPE_OUTSIDE_OWN_PROVINCES', {
      id: `Provinsi ${foreign.join(', ')} berada di luar cakupan Anda.`,
      en: `Province ${foreign.join(', ')} lies outside your scope.`,
    });
  }
  if (role !== 'liaison') return { provinceCodes, entityCode: null };
  const [provinceCode] = provinceCodes;
  if (!scope.entityCode || provinceCodes.length !== 1 || provinceCode === undefined) {
    throw invalid(
      'Penghubung membutuhkan tepat satu provinsi dan kode entitasnya.',
      'A liaison needs exactly one province and the code of their entity.',
    );
  }
  const entity = await findEntityByCode(db, scope.entityCode);
  if (!entity) {
    throw new DomainError('ENTITY_UNKNOWN', {
      id: `Entitas ${scope.entityCode} tidak terdaftar.`,
      en: `Entity ${scope.entityCode} is not registered.`,
    });
  }
  if (entity.provinceCode === null) {
    // Ministries and agencies are national: a province office must not open them to its own liaisons.
    if (isCoordinator) {
      throw new DomainError('NATIONAL_ENTITY_ADMIN_ONLY', {
        id: `Penghubung kementerian/lembaga (${entity.code}) hanya dapat diatur oleh admin.`,
        en: `Liaisons of ministries and agencies (${entity.code}) can only be managed by admins.`,
      });
    }
  } else if (entity.provinceCode !== provinceCode) {
    throw new DomainError('ENTITY_OUTSIDE_PROVINCE', {
      id: `Entitas ${entity.code} tidak berada di provinsi ${provinceCode}.`,
      en: `Entity ${entity.code} is not in province ${provinceCode}.`,
    });
  }
  return { provinceCodes, entityCode: entity.code };
}

function invalid(id: string, en: string): DomainError {
  return new DomainError('VALIDATION_FAILED', { id, en });
}
