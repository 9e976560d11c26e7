import { Card, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNoticeMailSetting, useSaveNoticeMailSetting } from './recovery-api';

/** On the account page: each person turns their notice e-mails on or off. */
export function NoticeMailCard() {
  const { t } = useTranslation();
  const setting = useNoticeMailSetting();
  const save = useSaveNoticeMailSetting();
  if (!setting.data) return null;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="account-notice-mail">
      <Stack gap="sm">
        <Title order={2} size="h4" id="account-notice-mail">
          {t('recovery.mailTitle')}
        </Title>
        {!setting.data.mailConfigured && (
          <Text size="sm" c="dimmed">
            {t('recovery.mailNotConfigured')}
          </Text>
        )}
        <Switch
          size="md"
          label={t('recovery.mailEnabled')}
          checked={setting.data.mailEnabled}
          disabled={save.isPending}
          onChange={(event) => save.mutate(event.currentTarget.checked)}
        />
        {save.isSuccess && (
          <Text size="sm" role="status">
            {t('recovery.mailSaved')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
