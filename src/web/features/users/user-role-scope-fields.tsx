import { MultiSelect, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Role, roleSchema } from '../../../contracts/roles.contract';
import {
  assignableProvinceCodes,
  assignableRoles,
  roleHasEntity,
  roleHasProvinces,
} from '../auth/permissions';
import { useSignedInUser } from '../auth/use-current-user';
import { useProvinceOptions } from '../regions/use-provinces';
import type { UserFormErrors, UserFormValues } from './user-form-values';

interface UserRoleScopeFieldsProps {
  values: UserFormValues;
  errors: UserFormErrors;
  onChange: (patch: Partial<UserFormValues>) => void;
}

/** Role, provinces and entity code, offering only the roles and provinces the signed-in user may assign. */
export function UserRoleScopeFields({ values, errors, onChange }: UserRoleScopeFieldsProps) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const roleChoices: readonly Role[] = assignableRoles(user.role);
  const provinceOptions = useProvinceOptions(assignableProvinceCodes(user));
  return (
    <>
      <NativeSelect
        label={t('users.role')}
        required
        value={values.role}
        error={errors.role}
        onChange={(event) => {
          const role = roleSchema.safeParse(event.currentTarget.value);
          if (role.success) onChange({ role: role.data });
        }}
        data={roleChoices.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      {roleHasProvinces(values.role) && (
        <MultiSelect
          label={t('users.provinces')}
          placeholder={values.provinceCodes.length === 0 ? t('users.provincesPlaceholder') : undefined}
          required
          searchable
          data={provinceOptions}
          value={values.provinceCodes}
          error={errors.provinceCodes}
          onChange={(provinceCodes) => onChange({ provinceCodes })}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {roleHasEntity(values.role) && (
        <TextInput
          label={t('users.entityCode')}
          description={t('users.entityCodeHint')}
          required
          value={values.entityCode}
          error={errors.entityCode}
          onChange={(event) => onChange({ entityCode: event.currentTarget.value })}
        />
      )}
    </>
  );
}
