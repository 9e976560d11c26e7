import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { supportedLanguages } from '../i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={i18n.language}
      onChange={(language) => void i18n.changeLanguage(language)}
      data={supportedLanguages.map((language) => ({ value: language, label: language.toUpperCase() }))}
    />
  );
}
