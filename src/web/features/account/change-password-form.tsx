import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CurrentUser, newPasswordSchema } from '../../../contracts/auth.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PasswordField } from '../../components/password-field';
import { isApiError } from '../../lib/api-client';
import { useChangePassword } from './account-mutations';

const minLength = newPasswordSchema.minLength ?? 12;

export function ChangePasswordForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changePassword = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeatPassword, setRepeatPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const tooShort = newPassword.length < minLength;
  const mismatch = newPassword !== repeatPassword;
  const { error } = changePassword;
  const wrongPassword = isApiError(error, 'WRONG_PASSWORD') ? error.message : undefined;
  const weakPassword = isApiError(error, 'WEAK_PASSWORD') ? error.message : undefined;
  const otherError = error && !wrongPassword && !weakPassword ? error : undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (!currentPassword || tooShort || mismatch) return;
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setRepeatPassword('');
          setSubmitted(false);
          // A first sign-in with a one-time password continues to the home page once the password is set.
          if (user.mustChangePassword) void navigate({ to: '/' });
        },
      },
    );
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="kata-sandi">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="kata-sandi">
            {t('account.passwordTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('account.passwordRules', { count: minLength })}
          </Text>
          {changePassword.isSuccess && (
            <Alert color="teal" variant="light" role="status">
              {t('account.passwordChanged')}
            </Alert>
          )}
          <ApiErrorAlert error={otherError} />
          <PasswordField
            label={t('account.currentPassword')}
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            error={wrongPassword ?? (submitted && !currentPassword ? t('users.required') : undefined)}
          />
          <PasswordField
            label={t('account.newPassword')}
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            error={
              weakPassword ??
              (submitted && tooShort ? t('account.passwordTooShort', { count: minLength }) : undefined)
            }
          />
          <PasswordField
            label={t('account.repeatPassword')}
            autoComplete="new-password"
            required
            value={repeatPassword}
            onChange={(event) => setRepeatPassword(event.currentTarget.value)}
            error={submitted && mismatch ? t('account.passwordMismatch') : undefined}
          />
          <Button type="submit" loading={changePassword.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('account.changePassword')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
