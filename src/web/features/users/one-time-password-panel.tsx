import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface OneTimePasswordPanelProps {
  email: string;
  oneTimePassword: string;
  onDismiss: () => void;
}

/** The password the server returns once at creation; it is kept in memory only until dismissed. */
export function OneTimePasswordPanel({ email, oneTimePassword, onDismiss }: OneTimePasswordPanelProps) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={t('users.oneTimePasswordTitle', { email })} role="alert">
      <Stack gap="sm">
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('users.oneTimePassword')}
            value={oneTimePassword}
            readOnly
            size="md"
            styles={{
              input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 18, letterSpacing: 1 },
            }}
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: '1 1 240px', maxWidth: 420 }}
          />
          <CopyButton value={oneTimePassword}>
            {({ copied, copy }) => (
              <Button size="md" color={copied ? 'teal' : 'dark'} onClick={copy}>
                {copied ? t('users.copied') : t('users.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm" fw={500}>
          {t('users.oneTimePasswordWarning')}
        </Text>
        <Button variant="default" onClick={onDismiss} style={{ alignSelf: 'flex-start' }}>
          {t('users.dismiss')}
        </Button>
      </Stack>
    </Alert>
  );
}
