import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { OneTimePasswordPanel } from '../users/one-time-password-panel';
import { useResetUserPassword } from './recovery-api';

/** In the user screen: issue a one-time password (shown once) after a confirmation. */
export function ResetUserPasswordSection({ userId, email }: { userId: string; email: string }) {
  const { t } = useTranslation();
  const reset = useResetUserPassword();
  return (
    <Stack gap="xs">
      {reset.data ? (
        <OneTimePasswordPanel
          email={reset.data.email}
          oneTimePassword={reset.data.oneTimePassword}
          onDismiss={() => reset.reset()}
        />
      ) : (
        <Button
          variant="light"
          color="orange"
          loading={reset.isPending}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            if (window.confirm(t('recovery.staffResetConfirm', { email }))) reset.mutate(userId);
          }}
        >
          {t('recovery.staffReset')}
        </Button>
      )}
      <ApiErrorAlert error={reset.error} />
    </Stack>
  );
}
