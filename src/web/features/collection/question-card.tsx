import { Badge, Button, Card, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerDto, FormQuestionDto, UnitCollection } from '../../../contracts/collection.contract';
import type { OutboxEntry } from '../offline/outbox-database';
import { AnswerConflictAlert } from './answer-conflict-alert';
import { AnswerStatusBadge } from './answer-status-badge';
import type { UnitRef } from './collection-api';
import type { SaveStatusRegistry } from './save-status-registry';
import { useAnswerAutosave } from './use-answer-autosave';

interface QuestionCardProps {
  unit: UnitRef;
  respondentId: string | null;
  question: FormQuestionDto;
  answer: AnswerDto | undefined;
  reviewNotes: UnitCollection['reviewNotes'];
  editable: boolean;
  registry: SaveStatusRegistry;
  /** This answer's outbox entries, oldest first. */
  entries: readonly OutboxEntry[];
  /** The evidence field, when that component is available. */
  renderEvidence?: (answer: AnswerDto | undefined) => ReactNode;
}

/** One indicator: its scale levels, a note, autosave state, the verifier's notes and (optionally) evidence. */
export function QuestionCard(props: QuestionCardProps) {
  const { unit, respondentId, question, answer, reviewNotes, editable, registry, entries, renderEvidence } =
    props;
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const autosave = useAnswerAutosave(unit, respondentId, question.indicatorCode, answer, entries, registry);
  const levelLabel = (level: number | null) => {
    const found = question.levels.find((candidate) => candidate.value === level);
    return found ? `${found.value} — ${found.label[language]}` : t('collection.conflict.noLevel');
  };
  const label = `${question.indicatorCode} ${question.text[language]}`;
  const notes = reviewNotes.filter((note) => note.indicatorCode === question.indicatorCode);
  return (
    <Card withBorder padding="sm" component="section" aria-label={question.indicatorCode}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere', flex: '1 1 12rem' }}>
            {question.indicatorCode} · {question.text[language]}
          </Text>
          <AnswerStatusBadge status={autosave.status} label={question.indicatorCode} />
        </Group>
        {question.needsEvidence && (
          <Badge color="grape" variant="outline" size="sm">
            {t('collection.question.needsEvidence')}
          </Badge>
        )}
        {notes.map((note) => (
          <Text key={note.id} size="sm" c="orange.9" bg="orange.0" p={6}>
            {t('collection.question.reviewNote')}: {note.note}
          </Text>
        ))}
        <Radio.Group
          label={label}
          labelProps={{
            style: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' },
          }}
          value={autosave.value.level === null ? '' : String(autosave.value.level)}
          onChange={(level) =>
            autosave.change({ ...autosave.value, level: level === '' ? null : Number(level) })
          }
        >
          <Stack gap={6} mt={4}>
            {question.levels.map((level) => (
              <Radio
                key={level.value}
                value={String(level.value)}
                label={`${level.value} — ${level.label[language]}`}
                disabled={!editable}
              />
            ))}
          </Stack>
        </Radio.Group>
        {editable && autosave.value.level !== null && (
          <Button
            variant="subtle"
            size="compact-xs"
            w="fit-content"
            onClick={() => autosave.change({ ...autosave.value, level: null })}
          >
            {t('collection.question.clear')}
          </Button>
        )}
        <Textarea
          label={`${t('collection.question.note')} ${question.indicatorCode}`}
          placeholder={t('collection.question.notePlaceholder')}
          autosize
          minRows={2}
          maxLength={5000}
          value={autosave.value.note}
          disabled={!editable}
          onChange={(event) => autosave.change({ ...autosave.value, note: event.currentTarget.value })}
        />
        {autosave.status === 'conflict' && (
          <AnswerConflictAlert
            theirs={autosave.theirs}
            mine={autosave.value}
            levelLabel={levelLabel}
            entityCode={unit.entityCode}
            onUseTheirs={autosave.acceptTheirs}
            onOverwrite={autosave.overwrite}
          />
        )}
        {autosave.error && (
          <Text size="sm" c="red" role="alert">
            {t('collection.save.failed', { message: autosave.error })}
          </Text>
        )}
        {editable && autosave.status === 'unsaved' && (
          <Button size="compact-sm" variant="light" w="fit-content" onClick={autosave.saveNow}>
            {t('collection.save.saveNow')}
          </Button>
        )}
        {renderEvidence?.(answer)}
      </Stack>
    </Card>
  );
}
