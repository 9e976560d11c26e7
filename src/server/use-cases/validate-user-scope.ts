import type { UserScope } from '../../contracts/roles.contract';
import type { Role } from '../../core/access/roles';
import { DomainError } from '../errors';
import { findProvinceName } from '../regions/load-regions';

/** The scope each role needs: admins none, province staff their provinces, a liaison one entity. */
export function validateUserScope(role: Role, scope: UserScope): UserScope {
  const provinceCodes = [...new Set(scope.provinceCodes)].sort();
  const unknown = provinceCodes.filter((code) => !findProvinceName(code));
  if (unknown.length > 0) {
    throw invalid(
      `Kode provinsi tidak dikenal: ${unknown.join(', ')}.`,
      `Unknown province code: ${unknown.join(', ')}.`,
    );
  }
  if (role === 'admin') return { provinceCodes: [], entityCode: null };
  if (provinceCodes.length === 0) {
    throw invalid(
      'Pilih minimal satu provinsi untuk peran ini.',
      'Choose at least one province for this role.',
    );
  }
  if (role !== 'liaison') return { provinceCodes, entityCode: null };
  if (!scope.entityCode || provinceCodes.length !== 1) {
    throw invalid(
      'Penghubung membutuhkan tepat satu provinsi dan kode entitasnya.',
      'A liaison needs exactly one province and the code of their entity.',
    );
  }
  const regionPrefix = /^(\d{2})(\.\d{2})?$/.exec(scope.entityCode)?.[1];
  if (regionPrefix && regionPrefix !== provinceCodes[0]) {
    throw invalid(
      `Entitas ${scope.entityCode} tidak berada di provinsi ${provinceCodes[0]}.`,
      `Entity ${scope.entityCode} is not in province ${provinceCodes[0]}.`,
    );
  }
  return { provinceCodes, entityCode: scope.entityCode };
}

function invalid(id: string, en: string): DomainError {
  return new DomainError('VALIDATION_FAILED', { id, en });
}
