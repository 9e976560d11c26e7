import type { Role, UserScope } from '../../../contracts/roles.contract';
import { createUserRequestSchema } from '../../../contracts/users.contract';
import { roleHasEntity, roleHasProvinces } from '../auth/permissions';

/** What the create and edit forms hold while the user types. */
export interface UserFormValues {
  email: string;
  name: string;
  role: Role;
  provinceCodes: string[];
  entityCode: string;
}

export type UserFormErrors = Partial<
  Record<'email' | 'name' | 'role' | 'provinceCodes' | 'entityCode', string>
>;

/** The scope the API expects for the chosen role: admins have none, only liaisons have an entity. */
export function scopeOf(values: UserFormValues): UserScope {
  return {
    provinceCodes: roleHasProvinces(values.role) ? values.provinceCodes : [],
    entityCode: roleHasEntity(values.role) ? values.entityCode.trim() || null : null,
  };
}

/** Checks only what the user can fix before sending; the server checks the rest and its answer is shown. */
export function findFormErrors(
  values: UserFormValues,
  messages: { required: string; invalidEmail: string; provincesRequired: string },
  withEmail: boolean,
): UserFormErrors {
  const errors: UserFormErrors = {};
  if (withEmail && !values.email.trim()) errors.email = messages.required;
  else if (withEmail && !createUserRequestSchema.shape.email.safeParse(values.email).success) {
    errors.email = messages.invalidEmail;
  }
  if (!values.name.trim()) errors.name = messages.required;
  if (roleHasProvinces(values.role) && values.provinceCodes.length === 0) {
    errors.provinceCodes = messages.provincesRequired;
  }
  if (roleHasEntity(values.role) && !values.entityCode.trim()) errors.entityCode = messages.required;
  return errors;
}

/** Server field messages (VALIDATION_FAILED details) mapped onto the form's fields. */
export function formErrorsFromServer(fields: Record<string, string>): UserFormErrors {
  return {
    email: fields.email,
    name: fields.name,
    role: fields.role,
    provinceCodes: fields['scope.provinceCodes'] ?? fields.scope,
    entityCode: fields['scope.entityCode'],
  };
}
