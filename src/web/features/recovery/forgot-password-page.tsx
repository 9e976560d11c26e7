import { Alert, Anchor, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { usePasswordResetAvailability, useRequestPasswordReset } from './recovery-api';

/** "Lupa kata sandi": asks for a reset link by e-mail; the answer never says whether the account exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('recovery.forgotTitle'));
  const availability = usePasswordResetAvailability();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate(email);
  };
  return (
    <Card withBorder radius="md" padding="lg" maw={420} mx="auto" my="xl">
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('recovery.forgotTitle')}
          </Title>
          {availability.data?.available === false ? (
            <Alert color="yellow">{t('recovery.notAvailable')}</Alert>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t('recovery.forgotIntro')}
              </Text>
              {request.isSuccess && (
                <Alert color="teal" role="status">
                  {t('recovery.sent')}
                </Alert>
              )}
              <ApiErrorAlert error={request.error} />
              <TextInput
                label={t('recovery.email')}
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
              />
              <Button type="submit" loading={request.isPending}>
                {t('recovery.send')}
              </Button>
            </>
          )}
          <Anchor renderRoot={(props) => <Link {...props} to="/masuk" />}>{t('recovery.signIn')}</Anchor>
        </Stack>
      </form>
    </Card>
  );
}
