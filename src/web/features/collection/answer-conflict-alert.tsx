import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerDto } from '../../../contracts/collection.contract';
import type { AnswerValue } from './use-answer-autosave';

interface AnswerConflictAlertProps {
  theirs: AnswerDto | null;
  mine: AnswerValue;
  levelLabel: (level: number | null) => string;
  onUseTheirs: () => void;
  onOverwrite: () => void;
}

/** After a 409: both values side by side, and the user decides which one stays. */
export function AnswerConflictAlert({
  theirs,
  mine,
  levelLabel,
  onUseTheirs,
  onOverwrite,
}: AnswerConflictAlertProps) {
  const { t, i18n } = useTranslation();
  const note = (text: string) => text || t('collection.conflict.noNote');
  const when = theirs
    ? new Date(theirs.updatedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID')
    : '';
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={t('collection.conflict.title', {
        who: theirs?.updatedBy ?? t('collection.conflict.someone'),
        when,
      })}
    >
      <Stack gap={6}>
        {theirs && (
          <Text size="sm">
            {t('collection.conflict.theirs', { level: levelLabel(theirs.level), note: note(theirs.note) })}
          </Text>
        )}
        <Text size="sm">
          {t('collection.conflict.mine', { level: levelLabel(mine.level), note: note(mine.note) })}
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onUseTheirs}>
            {t('collection.conflict.useTheirs')}
          </Button>
          <Button size="xs" color="red" onClick={onOverwrite}>
            {t('collection.conflict.overwrite')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
