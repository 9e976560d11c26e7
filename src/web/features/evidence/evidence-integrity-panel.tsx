import { Alert, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerDto } from '../../../contracts/collection.contract';
import type { EvidenceIntegrityFlag } from '../../../contracts/evidence-integrity.contract';
import { type UnitRef, unitCollectionKey } from '../collection/collection-api';
import { decideEvidenceFlag } from './integrity-api';

type EvidenceWithFlags = AnswerDto['evidence'][number];

export interface EvidenceIntegrityPanelProps {
  unit: UnitRef;
  items: readonly EvidenceWithFlags[];
  /** Whether this user may decide flags now, and why not (from the unit's collection). */
  decision: { open: boolean; reason: { id: string; en: string } | null };
}

/**
 * The integrity flags of one answer's photos (docs/evidence-integrity.md), each with the verifier's decision;
 * verifiers accept a flag with a note or reject it, which takes the photo out of scoring. Nothing is shown
 * for an answer whose photos raise no flag.
 */
export function EvidenceIntegrityPanel({ unit, items, decision }: EvidenceIntegrityPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const flagged = items.filter((item) => (item.integrityFlags ?? []).length > 0 || item.counts === false);
  if (flagged.length === 0) return null;
  return (
    <Stack gap="xs" role="group" aria-label={t('integrity.title')}>
      {flagged.map((item) => (
        <Stack
          key={item.id}
          gap={4}
          role="group"
          aria-label={t('integrity.flaggedFile', { name: item.fileName })}
        >
          {item.counts === false && (
            <Text size="xs" c="red" fw={600}>
              {t('integrity.notCounted')}
            </Text>
          )}
          {(item.integrityFlags ?? []).map((flag) => (
            <FlagRow
              key={flag.code}
              unit={unit}
              evidenceId={item.id}
              fileName={item.fileName}
              flag={flag}
              canDecide={decision.open}
              language={language}
            />
          ))}
          {!decision.open && decision.reason && (
            <Text size="xs" c="dimmed">
              {t('integrity.decisionClosed', { reason: decision.reason[language] })}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function FlagRow({
  unit,
  evidenceId,
  fileName,
  flag,
  canDecide,
  language,
}: {
  unit: UnitRef;
  evidenceId: string;
  fileName: string;
  flag: EvidenceIntegrityFlag;
  canDecide: boolean;
  language: 'id' | 'en';
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<'accepted' | 'rejected' | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = t(`integrity.codes.${flag.code}`);
  const save = async () => {
    if (!choice) return;
    setBusy(true);
    setError(null);
    try {
      await decideEvidenceFlag(unit, evidenceId, flag.code, { decision: choice, note });
      setChoice(null);
      setNote('');
      // The provisional score and the flags come with the unit's collection.
      await queryClient.invalidateQueries({ queryKey: unitCollectionKey(unit) });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert
      color={flag.decision?.decision === 'accepted' ? 'gray' : flag.decision ? 'red' : 'orange'}
      variant="light"
      p="xs"
    >
      <Stack gap={4}>
        <Group gap="xs">
          <Badge color="orange" variant="filled" size="sm">
            {label}
          </Badge>
          <Text size="xs">{flag.details.message[language]}</Text>
        </Group>
        <Text size="xs" c="dimmed">
          {flag.decision
            ? t(flag.decision.decision === 'accepted' ? 'integrity.accepted' : 'integrity.rejected', {
                by: flag.decision.decidedBy ?? '—',
                note: flag.decision.note,
              })
            : t('integrity.undecided')}
        </Text>
        {canDecide && choice === null && (
          <Group gap="xs">
            <Button
              size="compact-xs"
              variant="default"
              aria-label={t('integrity.acceptFlag', { flag: label, name: fileName })}
              onClick={() => setChoice('accepted')}
            >
              {t('integrity.accept')}
            </Button>
            <Button
              size="compact-xs"
              color="red"
              variant="light"
              aria-label={t('integrity.rejectFlag', { flag: label, name: fileName })}
              onClick={() => setChoice('rejected')}
            >
              {t('integrity.reject')}
            </Button>
          </Group>
        )}
        {choice !== null && (
          <Stack gap={4}>
            <Textarea
              label={t('integrity.note')}
              placeholder={t('integrity.notePlaceholder')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              autosize
              minRows={2}
              size="xs"
            />
            <Group gap="xs">
              <Button
                size="compact-xs"
                onClick={() => void save()}
                loading={busy}
                disabled={note.trim().length < 3}
              >
                {t('integrity.save')}
              </Button>
              <Button size="compact-xs" variant="subtle" onClick={() => setChoice(null)}>
                {t('integrity.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {error && (
          <Text size="xs" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
