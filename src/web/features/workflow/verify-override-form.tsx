import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionCheck, VerifyUnitRequest } from '../../../contracts/workflow.contract';

/**
 * When verifying finds gaps (the same check as submission), the verifier either returns the unit or lets
 * each gap through with its own note; the notes are audited and shown on the unit and to the coordinator.
 */
export function VerifyOverrideForm({
  check,
  language,
  isSending,
  onSend,
}: {
  check: SubmissionCheck;
  language: 'id' | 'en';
  isSending: boolean;
  onSend: (body: VerifyUnitRequest) => void;
}) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const complete = check.gaps.every((gap) => (notes[gap.key] ?? '').trim().length >= 5);
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={t('workflow.verifyGapsTitle')}
      data-testid="verify-gaps"
    >
      <Stack gap="xs">
        <Text size="sm">{t('workflow.verifyGapsIntro')}</Text>
        {check.gaps.map((gap) => (
          <Textarea
            key={gap.key}
            label={gap.text[language]}
            placeholder={t('workflow.verifyGapNote')}
            value={notes[gap.key] ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setNotes((current) => ({ ...current, [gap.key]: value }));
            }}
            autosize
            minRows={1}
          />
        ))}
        <Button
          color="green"
          size="sm"
          disabled={!complete}
          loading={isSending}
          onClick={() =>
            onSend({
              overrides: check.gaps.map((gap) => ({ key: gap.key, note: (notes[gap.key] ?? '').trim() })),
            })
          }
        >
          {t('workflow.verifyWithNotes')}
        </Button>
      </Stack>
    </Alert>
  );
}
