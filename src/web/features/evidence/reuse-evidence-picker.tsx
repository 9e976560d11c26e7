import { Button, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../contracts/evidence.contract';
import type { UnitRef } from '../collection/collection-api';
import { reuseEvidence } from '../offline/outbox-writes';

/** A file the unit already has on the server, with where it was first attached. */
export interface StoredUnitFile {
  item: EvidenceItem;
  indicatorCode: string;
}

/**
 * "Pakai bukti yang sudah ada": attaches one of the unit's stored files to this answer without uploading it
 * again (one photo of the service room supports several indicators). Lists each file once, leaving out those
 * already on this answer; hidden when there is nothing to reuse.
 */
export function ReuseEvidencePicker({
  unit,
  indicatorCode,
  respondentId,
  files,
  attached,
}: {
  unit: UnitRef;
  indicatorCode: string;
  respondentId: string | null;
  files: readonly StoredUnitFile[];
  /** The items already on this answer. */
  attached: readonly EvidenceItem[];
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const candidates = files.filter((file) => !attached.some((item) => item.sha256 === file.item.sha256));
  if (candidates.length === 0) return null;
  const label = respondentId ? `${indicatorCode} (${respondentId.slice(0, 8)})` : indicatorCode;
  const attach = async (file: StoredUnitFile) => {
    setError(null);
    try {
      await reuseEvidence(unit, { indicatorCode, respondentId }, file.item.id);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="subtle"
            w="fit-content"
            aria-label={`${t('evidence.reuse.open', { count: candidates.length })} ${label}`}
          >
            {t('evidence.reuse.open', { count: candidates.length })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown maw="min(24rem, calc(100vw - 2rem))">
          <Menu.Label>{t('evidence.reuse.title')}</Menu.Label>
          {candidates.map((file) => (
            <Menu.Item key={file.item.sha256} onClick={() => void attach(file)}>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('evidence.reuse.item', { name: file.item.fileName, indicator: file.indicatorCode })}
              </Text>
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </>
  );
}

/** Each file the unit has on the server once (the first item naming it), from the server's copy of the unit. */
export function storedFilesOfUnit(
  answers: readonly { indicatorCode: string; evidence: readonly EvidenceItem[] }[],
): StoredUnitFile[] {
  const seen = new Map<string, StoredUnitFile>();
  for (const answer of answers)
    for (const item of answer.evidence)
      if (!seen.has(item.sha256)) seen.set(item.sha256, { item, indicatorCode: answer.indicatorCode });
  return [...seen.values()];
}
