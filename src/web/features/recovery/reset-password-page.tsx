import { Alert, Anchor, Button, Card, Stack, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PasswordField } from '../../components/password-field';
import { usePageTitle } from '../../lib/use-page-title';
import { useCompletePasswordReset } from './recovery-api';

const routeApi = getRouteApi('/atur-ulang-sandi');

/** The page of the e-mailed link: a new password, set once with the link's token. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('recovery.resetTitle'));
  const { token } = routeApi.useSearch();
  const complete = useCompletePasswordReset();
  const [newPassword, setNewPassword] = useState('');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (token) complete.mutate({ token, newPassword });
  };
  const signInLink = (
    <Anchor renderRoot={(props) => <Link {...props} to="/masuk" />}>{t('recovery.signIn')}</Anchor>
  );
  return (
    <Card withBorder radius="md" padding="lg" maw={420} mx="auto" my="xl">
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('recovery.resetTitle')}
          </Title>
          {!token && <Alert color="red">{t('recovery.missingToken')}</Alert>}
          {complete.isSuccess ? (
            <Alert color="teal" role="status">
              {t('recovery.done')}
            </Alert>
          ) : (
            token && (
              <>
                <ApiErrorAlert error={complete.error} />
                <PasswordField
                  label={t('recovery.newPassword')}
                  autoComplete="new-password"
                  required
                  minLength={12}
                  value={newPassword}
                  onChange={(event) => setNewPassword(event.currentTarget.value)}
                />
                <Button type="submit" loading={complete.isPending}>
                  {t('recovery.submit')}
                </Button>
              </>
            )
          )}
          {signInLink}
        </Stack>
      </form>
    </Card>
  );
}
