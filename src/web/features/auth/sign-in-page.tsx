import { Alert, Anchor, Button, Card, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi, Link, Navigate, useRouter } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLanguageOf, formatTime } from '../../../core/format';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PasswordField } from '../../components/password-field';
import { isApiError } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { usePasswordResetAvailability } from '../recovery/recovery-api';
import { useSignIn } from './auth-mutations';
import { safeRedirectTarget } from './sign-in-search';
import { useCurrentUser } from './use-current-user';

const routeApi = getRouteApi('/masuk');

export function SignInPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('auth.signIn'));
  const search = routeApi.useSearch();
  const currentUser = useCurrentUser();
  const signIn = useSignIn();
  const resetAvailability = usePasswordResetAvailability();
  const [email, setEmail] = useState(search.email ?? '');
  const [password, setPassword] = useState('');
  const router = useRouter();
  const user = currentUser.data;
  const target = safeRedirectTarget(search.redirect);
  const goOn = user ? !user.mustChangePassword : false;
  useEffect(() => {
    // The target is a path+search of this app, kept as a string, so it goes through history as is.
    if (goOn) router.history.replace(target);
  }, [goOn, router, target]);

  if (currentUser.isPending) return <Loader m="xl" />;
  // Signed in (just now, or already): go on, to the password form first when a one-time password was used.
  if (user?.mustChangePassword) return <Navigate to="/akun" hash="kata-sandi" replace />;
  if (user) return <Loader m="xl" />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };
  // The server's message names the wait; the clock time when it ends is easier to act on.
  const retryAt =
    isApiError(signIn.error, 'TOO_MANY_ATTEMPTS') && signIn.error.retryAfterSeconds
      ? new Date(signIn.submittedAt + signIn.error.retryAfterSeconds * 1000)
      : undefined;

  return (
    <Card withBorder radius="md" padding="lg" maw={420} mx="auto" my="xl">
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('signIn.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('signIn.intro')}
          </Text>
          {search.signedOut === 'everywhere' && !signIn.error && (
            <Alert color="teal" variant="light">
              {t('signIn.signedOutEverywhere')}
            </Alert>
          )}
          <ApiErrorAlert
            error={signIn.error}
            retryHint={
              retryAt
                ? t('signIn.retryAt', {
                    // The viewer's place is unknown: Jakarta time, named (never the device's zone).
                    time: formatTime(retryAt, formatLanguageOf(i18n.language), null),
                  })
                : undefined
            }
          />
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <PasswordField
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Button type="submit" loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
          {resetAvailability.data?.available && (
            <Anchor renderRoot={(props) => <Link {...props} to="/lupa-sandi" />} size="sm">
              {t('recovery.forgotLink')}
            </Anchor>
          )}
        </Stack>
      </form>
    </Card>
  );
}
