import { decreeRoleCode, missingRoleFieldsProblem } from '../../contracts/respondent-rules.contract';
import type { RespondentRole } from '../../core/methodology/structure.schema';
import type { RespondentChanges } from '../db/repositories/respondents.repository';
import { DomainError } from '../errors';

/**
 * The stored fields of a respondent in `role`: the decree (SK) is required of complaint officers and dropped for
 * others; service officers say whether they are civil servants. Refusals name the role and field. The rules
 * live in the contract, so the unit form checks the same before a change enters the outbox.
 */
export function validateRespondentFields(role: RespondentRole, input: RespondentChanges): RespondentChanges {
  const problem = missingRoleFieldsProblem(role, input);
  if (problem) throw new DomainError('VALIDATION_FAILED', problem);
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
