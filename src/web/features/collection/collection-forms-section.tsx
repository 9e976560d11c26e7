import { Accordion, Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerDto, FormQuestionDto, UnitCollection } from '../../../contracts/collection.contract';
import type { OutboxEntry } from '../offline/outbox-database';
import { answerRecordKey } from '../offline/outbox-writes';
import type { UnitRef } from './collection-api';
import { QuestionCard } from './question-card';
import type { SaveStatusRegistry } from './save-status-registry';

interface CollectionFormsSectionProps {
  unit: UnitRef;
  collection: UnitCollection;
  registry: SaveStatusRegistry;
  /** The unit's outbox entries by record (see answerRecordKey), oldest first. */
  entriesByRecord: ReadonlyMap<string, readonly OutboxEntry[]>;
  renderEvidence?: (
    question: FormQuestionDto,
    respondentId: string | null,
    answer: AnswerDto | undefined,
  ) => ReactNode;
}

const noEntries: readonly OutboxEntry[] = [];

/** One accordion panel per respondent interview and per unit checklist (fits a phone better than tabs). */
export function CollectionFormsSection({
  unit,
  collection,
  registry,
  entriesByRecord,
  renderEvidence,
}: CollectionFormsSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const answerOf = (respondentId: string | null, indicatorCode: string) =>
    collection.answers.find(
      (answer) => answer.respondentId === respondentId && answer.indicatorCode === indicatorCode,
    );
  const answeredCount = (respondentId: string | null, questions: FormQuestionDto[]) =>
    questions.filter((question) => answerOf(respondentId, question.indicatorCode)?.level != null).length;
  const questionsOf = (respondentId: string | null, questions: FormQuestionDto[]) => (
    <Stack gap="sm">
      {questions.map((question) => (
        <QuestionCard
          key={`${respondentId ?? 'unit'}:${question.indicatorCode}`}
          unit={unit}
          respondentId={respondentId}
          question={question}
          answer={answerOf(respondentId, question.indicatorCode)}
          reviewNotes={collection.reviewNotes}
          editable={collection.editable}
          registry={registry}
          entries={entriesByRecord.get(answerRecordKey(respondentId, question.indicatorCode)) ?? noEntries}
          {...(renderEvidence
            ? {
                renderEvidence: (answer: AnswerDto | undefined) =>
                  renderEvidence(question, respondentId, answer),
              }
            : {})}
        />
      ))}
    </Stack>
  );
  const header = (title: string, respondentId: string | null, questions: FormQuestionDto[]) => (
    <Group justify="space-between" gap="xs" wrap="nowrap" pr="xs">
      <Text fw={600} size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {title}
      </Text>
      {/* The count keeps its width; a long official's name wraps instead (360 px phones). */}
      <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>
        {t('collection.forms.answered', {
          answered: answeredCount(respondentId, questions),
          total: questions.length,
        })}
      </Badge>
    </Group>
  );
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('collection.forms.interviews')}
      </Title>
      <Accordion variant="separated" multiple>
        {collection.forms.interviews.flatMap((form) => {
          const respondents = collection.respondents.filter(
            (respondent) => respondent.roleCode === form.roleCode,
          );
          if (respondents.length === 0)
            return [
              <Text key={form.roleCode} size="sm" c="dimmed" py={4}>
                {t('collection.forms.noRespondent', { role: form.roleText[language] })}
              </Text>,
            ];
          return respondents.map((respondent) => (
            <Accordion.Item key={respondent.id} value={respondent.id}>
              <Accordion.Control>
                {header(
                  t('collection.forms.interviewOf', { name: respondent.name, role: form.roleText[language] }),
                  respondent.id,
                  form.questions,
                )}
              </Accordion.Control>
              <Accordion.Panel>{questionsOf(respondent.id, form.questions)}</Accordion.Panel>
            </Accordion.Item>
          ));
        })}
      </Accordion>
      <Title order={2} size="h4">
        {t('collection.forms.checklists')}
      </Title>
      <Accordion variant="separated" multiple>
        {collection.forms.checklists.map((checklist) => (
          <Accordion.Item key={checklist.method} value={checklist.method}>
            <Accordion.Control>
              {header(t(`collection.forms.method.${checklist.method}`), null, checklist.questions)}
            </Accordion.Control>
            <Accordion.Panel>{questionsOf(null, checklist.questions)}</Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
