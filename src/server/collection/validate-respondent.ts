import type { RespondentRole } from '../../core/methodology/structure.schema';
import type { RespondentChanges } from '../db/repositories/respondents.repository';
import { DomainError } from '../errors';
import { decreeRoleCode, employmentRoleCode } from './collection-roles';

/**
 * The stored fields of a respondent in `role`: the decree (SK) is required of complaint officers and dropped for
 * others; service officers say whether they are civil servants. Refusals name the role and field.
 */
export function validateRespondentFields(role: RespondentRole, input: RespondentChanges): RespondentChanges {
  const missing: { id: string; en: string }[] = [];
  if (role.code === decreeRoleCode) {
    if (!input.decreeNumber) missing.push({ id: 'nomor SK', en: 'decree (SK) number' });
    if (!input.decreeDate) missing.push({ id: 'tanggal SK', en: 'decree (SK) date' });
  }
  if (role.code === employmentRoleCode && !input.employment) {
    missing.push({ id: 'status kepegawaian (ASN/non-ASN)', en: 'employment (civil servant or not)' });
  }
  if (missing.length > 0) {
    throw new DomainError('VALIDATION_FAILED', {
      id: `Responden ${role.text.id} wajib mengisi ${missing.map((field) => field.id).join(' dan ')}.`,
      en: `A respondent in the role ${role.text.en} needs the ${missing.map((field) => field.en).join(' and ')}.`,
    });
  }
  const keepsDecree = role.code === decreeRoleCode;
  return {
    ...input,
    decreeNumber: keepsDecree ? input.decreeNumber : null,
    decreeDate: keepsDecree ? input.decreeDate : null,
  };
}

/** Refuses a role the edition does not ask at this unit. */
export function requireOfficialRole(roles: readonly RespondentRole[], roleCode: string): RespondentRole {
  const role = roles.find((candidate) => candidate.code === roleCode);
  if (role) return role;
  throw new DomainError('VALIDATION_FAILED', {
    id: `Peran responden "${roleCode}" tidak dikenal untuk unit ini; pilih salah satu: ${roles.map((r) => r.code).join(', ')}.`,
    en: `Respondent role "${roleCode}" is not asked at this unit; choose one of: ${roles.map((r) => r.code).join(', ')}.`,
  });
}
