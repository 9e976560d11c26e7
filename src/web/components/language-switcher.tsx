import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChooseLanguage } from '../features/account/account-mutations';
import { supportedLanguages } from '../i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { choose } = useChooseLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={i18n.language}
      onChange={(language) => void choose(language === 'en' ? 'en' : 'id')}
      data={supportedLanguages.map((language) => ({ value: language, label: language.toUpperCase() }))}
    />
  );
}
