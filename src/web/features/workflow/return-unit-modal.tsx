import { Button, CloseButton, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnUnitRequest, UnitWorkflow } from '../../../contracts/workflow.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';

interface DraftNote {
  key: number;
  indicatorCode: string | null;
  note: string;
}

/** The verifier's notes when returning a unit: each names an indicator of the unit's forms or the whole unit. */
export function ReturnUnitModal({
  opened,
  indicators,
  isSending,
  error,
  onClose,
  onSend,
}: {
  opened: boolean;
  indicators: UnitWorkflow['indicators'];
  isSending: boolean;
  error: unknown;
  onClose: () => void;
  onSend: (request: ReturnUnitRequest) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const [notes, setNotes] = useState<DraftNote[]>([{ key: 1, indicatorCode: null, note: '' }]);
  const options = [
    { value: '', label: t('workflow.noteForUnit') },
    ...indicators.map((indicator) => ({
      value: indicator.code,
      label: `${indicator.code} — ${indicator.text[language]}`,
    })),
  ];
  const update = (key: number, change: Partial<DraftNote>) =>
    setNotes((current) => current.map((note) => (note.key === key ? { ...note, ...change } : note)));
  const filled = notes.filter((note) => note.note.trim().length > 0);
  return (
    <Modal opened={opened} onClose={onClose} title={t('workflow.returnTitle')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSend({ notes: filled.map(({ indicatorCode, note }) => ({ indicatorCode, note: note.trim() })) });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('workflow.returnIntro')}</Text>
          {notes.map((note, position) => (
            <Stack key={note.key} gap={4}>
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <Select
                  style={{ flex: 1 }}
                  label={t('workflow.noteIndicator', { number: position + 1 })}
                  data={options}
                  value={note.indicatorCode ?? ''}
                  searchable
                  allowDeselect={false}
                  onChange={(value) => update(note.key, { indicatorCode: value ? value : null })}
                />
                {notes.length > 1 && (
                  <CloseButton
                    aria-label={t('workflow.removeNote', { number: position + 1 })}
                    onClick={() => setNotes((current) => current.filter((item) => item.key !== note.key))}
                  />
                )}
              </Group>
              <Textarea
                label={t('workflow.noteText', { number: position + 1 })}
                value={note.note}
                autosize
                minRows={2}
                maxLength={2000}
                onChange={(event) => update(note.key, { note: event.currentTarget.value })}
              />
            </Stack>
          ))}
          <Group justify="space-between">
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() =>
                setNotes((current) => [
                  ...current,
                  { key: Math.max(0, ...current.map((item) => item.key)) + 1, indicatorCode: null, note: '' },
                ])
              }
            >
              {t('workflow.addNote')}
            </Button>
          </Group>
          <ApiErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={isSending} disabled={filled.length === 0}>
              {t('workflow.sendReturn')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
