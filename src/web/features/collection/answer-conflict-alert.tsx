import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerDto } from '../../../contracts/collection.contract';
import { useFormatters } from '../../lib/use-formatters';
import type { AnswerValue } from './use-answer-autosave';

interface AnswerConflictAlertProps {
  theirs: AnswerDto | null;
  mine: AnswerValue;
  levelLabel: (level: number | null) => string;
  /** The locus: the other save's time is shown in its province's zone. */
  entityCode: string;
  onUseTheirs: () => void;
  onOverwrite: () => void;
}

/** After a 409: both values side by side, and the user decides which one stays. */
export function AnswerConflictAlert({
  theirs,
  mine,
  levelLabel,
  entityCode,
  onUseTheirs,
  onOverwrite,
}: AnswerConflictAlertProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const note = (text: string) => text || t('collection.conflict.noNote');
  const when = theirs ? format.dateTime(theirs.updatedAt, entityCode, { style: 'medium' }) : '';
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
