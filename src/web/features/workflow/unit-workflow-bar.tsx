import { Alert, Button, Card, Group, List, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type SubmissionCheck,
  submissionCheckSchema,
  type UnitWorkflow,
  type WorkflowActionState,
} from '../../../contracts/workflow.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { isApiError } from '../../lib/api-client';
import { useFormatters } from '../../lib/use-formatters';
import { OpenCorrectionForm } from './open-correction-form';
import { ReturnUnitModal } from './return-unit-modal';
import { UnitStatusBadge } from './unit-status-badge';
import { VerifyOverrideForm } from './verify-override-form';
import { type UnitTransition, useUnitTransition, useUnitWorkflow } from './workflow-api';

const transitions: UnitTransition[] = ['submit', 'return', 'verify', 'reopen'];
const buttonColors: Record<UnitTransition, string> = {
  submit: 'blue',
  return: 'orange',
  verify: 'green',
  reopen: 'gray',
};

/**
 * The unit's place in the verification workflow: its status, the buttons the signed-in user may press now
 * (disabled with the reason when the phase or status forbids it), what blocks submission, and the notes.
 */
export function UnitWorkflowBar({
  year,
  entityCode,
  unitId,
  onChanged,
}: {
  year: number;
  entityCode: string;
  unitId: string;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormatters();
  const unit = { year, entityCode, unitId };
  const workflow = useUnitWorkflow(unit);
  const transition = useUnitTransition(unit, onChanged);
  const [isReturning, setReturning] = useState(false);
  if (workflow.isPending) return <Loader size="sm" />;
  if (!workflow.data) return <ApiErrorAlert error={workflow.error} />;
  const state = workflow.data;
  const visible = transitions.filter((name) => state.actions[name].visible);
  const reasons = [
    ...new Set(
      visible
        .map((name) => state.actions[name])
        .filter((action: WorkflowActionState) => !action.enabled && action.reason)
        .map((action) => action.reason?.[language] ?? ''),
    ),
  ];
  const submitProblems = incompleteDetails(transition.error);
  const press = (name: UnitTransition) => {
    if (name === 'return') {
      transition.reset();
      setReturning(true);
      return;
    }
    transition.mutate({ transition: name });
  };
  return (
    <Card withBorder padding="md" component="section" aria-label={t('workflow.statusLabel')}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Text fw={600} size="sm">
              {t('workflow.statusLabel')}:
            </Text>
            <UnitStatusBadge status={state.status} />
            {state.statusChangedAt && (
              <Text size="xs" c="dimmed">
                {t('workflow.changedAt', {
                  when: format.dateTime(state.statusChangedAt, entityCode, { style: 'medium' }),
                })}
              </Text>
            )}
          </Group>
          <Group gap="xs" wrap="wrap">
            {visible.map((name) => (
              <Button
                key={name}
                size="sm"
                color={buttonColors[name]}
                variant={name === 'reopen' ? 'light' : 'filled'}
                disabled={!state.actions[name].enabled}
                loading={transition.isPending && transition.variables?.transition === name}
                onClick={() => press(name)}
              >
                {t(`workflow.actions.${name}`)}
              </Button>
            ))}
          </Group>
        </Group>
        {reasons.map((reason) => (
          <Text key={reason} size="xs" c="dimmed">
            {reason}
          </Text>
        ))}
        {state.actions.openCorrection.enabled &&
          (state.status === 'verified' || state.status === 'locked') && (
            <OpenCorrectionForm unit={unit} onChanged={onChanged} />
          )}
        {state.correction && (
          <Alert color="blue" variant="light" data-testid="unit-correction">
            {t('workflow.correctionOpen', { reason: state.correction.reason })}
          </Alert>
        )}
        {state.verificationOverrides.length > 0 && (
          <Stack gap={2} data-testid="verification-overrides">
            <Text fw={600} size="sm">
              {t('workflow.overridesTitle')}
            </Text>
            {state.verificationOverrides.map((override) => (
              <Text key={override.key} size="sm">
                {override.text} — <i>{override.note}</i>
              </Text>
            ))}
          </Stack>
        )}
        {submitProblems && transition.variables?.transition === 'verify' ? (
          <VerifyOverrideForm
            check={submitProblems}
            language={language}
            isSending={transition.isPending}
            onSend={(body) => transition.mutate({ transition: 'verify', body })}
          />
        ) : submitProblems ? (
          <MissingList check={submitProblems} title={t('workflow.incompleteTitle')} language={language} />
        ) : (
          !isReturning && <ApiErrorAlert error={transition.error} />
        )}
        {!state.check.surveyQuota.reached && state.actions.submit.visible && (
          <Text size="sm" c="orange.8">
            {t('workflow.surveyWarning', state.check.surveyQuota)}
          </Text>
        )}
        <OpenNotes notes={state.notes} indicators={state.indicators} language={language} />
      </Stack>
      <ReturnUnitModal
        key={isReturning ? 'open' : 'closed'}
        opened={isReturning}
        indicators={state.indicators}
        isSending={transition.isPending}
        error={transition.error}
        onClose={() => setReturning(false)}
        onSend={(body) =>
          transition.mutate({ transition: 'return', body }, { onSuccess: () => setReturning(false) })
        }
      />
    </Card>
  );
}

/** The 422 of a submission, read as the list of what is missing. */
function incompleteDetails(error: unknown): SubmissionCheck | undefined {
  if (!isApiError(error, 'UNIT_INCOMPLETE')) return undefined;
  const parsed = submissionCheckSchema.safeParse(error.details);
  return parsed.success ? parsed.data : undefined;
}

function MissingList({
  check,
  title,
  language,
}: {
  check: SubmissionCheck;
  title: string;
  language: 'id' | 'en';
}) {
  return (
    <Alert color="red" variant="light" role="alert" title={title} data-testid="submission-missing">
      <List size="sm" spacing={2}>
        {check.messages.map((message) => (
          <List.Item key={message[language]}>{message[language]}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

function OpenNotes({
  notes,
  indicators,
  language,
}: {
  notes: UnitWorkflow['notes'];
  indicators: UnitWorkflow['indicators'];
  language: 'id' | 'en';
}) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  const textOf = (code: string) =>
    indicators.find((indicator) => indicator.code === code)?.text[language] ?? '';
  return (
    <Stack gap={4} data-testid="review-notes">
      <Text fw={600} size="sm">
        {t('workflow.notesTitle')}
      </Text>
      <List size="sm" spacing={2}>
        {notes.map((note) => (
          <List.Item key={note.id} c={note.resolvedAt ? 'dimmed' : undefined}>
            <b>
              {note.indicatorCode
                ? `${note.indicatorCode} ${textOf(note.indicatorCode)}`
                : t('workflow.noteForUnit')}
            </b>
            {': '}
            {note.note}
            {note.authorName && ` — ${note.authorName}`}
            {note.resolvedAt && ` (${t('workflow.noteResolved')})`}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
