import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { createUserResponseSchema } from '../../../contracts/users.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { fieldErrorsOf } from '../../lib/api-client';
import { assignableRoles } from '../auth/permissions';
import { useSignedInUser } from '../auth/use-current-user';
import {
  findFormErrors,
  formErrorsFromServer,
  scopeOf,
  type UserFormErrors,
  type UserFormValues,
} from './user-form-values';
import { UserRoleScopeFields } from './user-role-scope-fields';
import { useCreateUser } from './users-api';

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: z.infer<typeof createUserResponseSchema>) => void;
}

export function CreateUserModal({ opened, onClose, onCreated }: CreateUserModalProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const user = useSignedInUser();
  const createUser = useCreateUser();
  const initialValues = (): UserFormValues => ({
    email: '',
    name: '',
    role: assignableRoles(user.role).includes('assessor') ? 'assessor' : user.role,
    // A coordinator of one province almost always creates accounts there.
    provinceCodes:
      user.role === 'coordinator' && user.scope.provinceCodes.length === 1 ? user.scope.provinceCodes : [],
    entityCode: '',
  });
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<UserFormErrors>({});

  const close = () => {
    setValues(initialValues());
    setErrors({});
    createUser.reset();
    onClose();
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = findFormErrors(
      values,
      {
        required: t('users.required'),
        invalidEmail: t('users.invalidEmail'),
        provincesRequired: t('users.provincesRequired'),
      },
      true,
    );
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    const body = { email: values.email, name: values.name, role: values.role, scope: scopeOf(values) };
    createUser.mutate(body, {
      onSuccess: (created) => {
        close();
        onCreated(created);
      },
      onError: (error) => setErrors(formErrorsFromServer(fieldErrorsOf(error))),
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('users.createTitle')} fullScreen={isPhone} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <ApiErrorAlert error={createUser.error} />
          <TextInput
            label={t('users.email')}
            type="email"
            required
            autoComplete="off"
            value={values.email}
            error={errors.email}
            onChange={(event) => setValues({ ...values, email: event.currentTarget.value })}
          />
          <TextInput
            label={t('users.name')}
            required
            autoComplete="off"
            value={values.name}
            error={errors.name}
            onChange={(event) => setValues({ ...values, name: event.currentTarget.value })}
          />
          <UserRoleScopeFields
            values={values}
            errors={errors}
            onChange={(patch) => setValues({ ...values, ...patch })}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={createUser.isPending}>
              {t('users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
