import { Card, Group, Radio, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { supportedLanguages } from '../../i18n';
import { useChooseLanguage } from './account-mutations';

export function LanguagePreference({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const { choose, updateAccount } = useChooseLanguage();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="account-language">
      <Title order={2} size="h4" mb="sm" id="account-language">
        {t('account.languageTitle')}
      </Title>
      <Radio.Group
        label={t('account.languageLabel')}
        value={updateAccount.isPending ? updateAccount.variables.language : user.language}
        onChange={(language) => void choose(language === 'en' ? 'en' : 'id')}
      >
        <Group mt="xs">
          {supportedLanguages.map((language) => (
            <Radio key={language} value={language} label={t(`account.languageNames.${language}`)} />
          ))}
        </Group>
      </Radio.Group>
      {updateAccount.isSuccess && (
        <Text size="sm" c="teal" mt="xs" role="status">
          {t('account.languageSaved')}
        </Text>
      )}
      {updateAccount.error && <ApiErrorAlert error={updateAccount.error} />}
    </Card>
  );
}
