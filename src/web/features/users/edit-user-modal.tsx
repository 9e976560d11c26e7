import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../contracts/users.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { fieldErrorsOf } from '../../lib/api-client';
import { ResetUserPasswordSection } from '../recovery/reset-user-password-section';
import {
  findFormErrors,
  formErrorsFromServer,
  scopeOf,
  type UserFormErrors,
  type UserFormValues,
} from './user-form-values';
import { UserRoleScopeFields } from './user-role-scope-fields';
import { useUpdateUser } from './users-api';

/** Name, role and scope of an account; the e-mail address is its identity and does not change here. */
export function EditUserModal({ target, onClose }: { target: UserSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const updateUser = useUpdateUser(target.id);
  const [values, setValues] = useState<UserFormValues>({
    email: target.email,
    name: target.name,
    role: target.role,
    provinceCodes: target.scope.provinceCodes,
    entityCode: target.scope.entityCode ?? '',
  });
  const [errors, setErrors] = useState<UserFormErrors>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = findFormErrors(
      values,
      {
        required: t('users.required'),
        invalidEmail: t('users.invalidEmail'),
        provincesRequired: t('users.provincesRequired'),
      },
      false,
    );
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    updateUser.mutate(
      { name: values.name, role: values.role, scope: scopeOf(values) },
      {
        onSuccess: onClose,
        onError: (error) => setErrors(formErrorsFromServer(fieldErrorsOf(error))),
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('users.editTitle', { email: target.email })}
      fullScreen={isPhone}
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <ApiErrorAlert error={updateUser.error} />
          <TextInput
            label={t('users.name')}
            required
            value={values.name}
            error={errors.name}
            onChange={(event) => setValues({ ...values, name: event.currentTarget.value })}
          />
          <UserRoleScopeFields
            values={values}
            errors={errors}
            onChange={(patch) => setValues({ ...values, ...patch })}
          />
          <ResetUserPasswordSection userId={target.id} email={target.email} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={updateUser.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
