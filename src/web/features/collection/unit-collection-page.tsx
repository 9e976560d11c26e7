import { Alert, Badge, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { ComplaintRecordsCard } from '../complaints/complaint-records-card';
import { LocusLink } from '../cycles/planning-links';
import { EvidenceField } from '../evidence/evidence-field';
import { EvidenceIntegrityPanel } from '../evidence/evidence-integrity-panel';
import { ReuseEvidencePicker, storedFilesOfUnit } from '../evidence/reuse-evidence-picker';
import { applyOutboxToCollection, entriesToShow } from '../offline/apply-outbox-to-collection';
import type { OutboxEntry } from '../offline/outbox-database';
import { unitKeyOf } from '../offline/outbox-writes';
import { useDeviceScore } from '../offline/use-device-score';
import { useUnitOutbox } from '../offline/use-outbox';
import { SurveyCard } from '../survey/survey-card';
import { UnitWorkflowBar } from '../workflow/unit-workflow-bar';
import { AnswerStatusBadge } from './answer-status-badge';
import { type UnitRef, unitCollectionKey, unitScoringInputKey, useUnitCollection } from './collection-api';
import { CollectionFormsSection } from './collection-forms-section';
import { FieldImportCard } from './field-import-card';
import { ProvisionalScoreCard } from './provisional-score-card';
import { RespondentsCard } from './respondents-card';
import { SaveStatusRegistry, usePageSaveStatus } from './save-status-registry';

const routeApi = getRouteApi('/_signedIn/siklus/$year/lokus/$code/unit/$unitId');

/** The field team's page for one assessed unit: officials, interviews, checklists and a provisional score. */
export function UnitCollectionPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const params = routeApi.useParams();
  const unit: UnitRef = useMemo(
    () => ({ year: Number(params.year), entityCode: params.code, unitId: params.unitId }),
    [params.year, params.code, params.unitId],
  );
  const collection = useUnitCollection(unit);
  usePageTitle(
    collection.data &&
      t('collection.title', { unit: collection.data.unit.name, entity: collection.data.entity.name }),
  );
  const queryClient = useQueryClient();
  const [registry] = useState(() => new SaveStatusRegistry());
  const pageStatus = usePageSaveStatus(registry);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const outbox = useUnitOutbox(unitKeyOf(unit));
  const refreshNow = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: unitCollectionKey(unit) });
    void queryClient.invalidateQueries({ queryKey: unitScoringInputKey(unit) });
    void queryClient.invalidateQueries({ queryKey: ['complaints', unit.year, unit.entityCode, unit.unitId] });
  }, [queryClient, unit]);

  // The provisional score and evidence lists follow what reached the server; a burst of sends refreshes once.
  const sentCount = outbox?.filter((entry) => entry.state === 'done').length ?? 0;
  useEffect(() => {
    if (sentCount === 0) return;
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(refreshNow, 1500);
  }, [sentCount, refreshNow]);
  useEffect(() => () => clearTimeout(refreshTimer.current), []);

  // Changes live in the outbox (IndexedDB), not in the page: leaving the page loses nothing, so no warning.
  const shownEntries = useMemo(
    () => entriesToShow(outbox ?? [], collection.dataUpdatedAt),
    [outbox, collection.dataUpdatedAt],
  );
  const entriesByRecord = useMemo(() => groupByRecord(shownEntries), [shownEntries]);
  // Offline or with changes still on the device, the score is computed here, as the server will once it has them.
  const deviceScore = useDeviceScore(unit, collection.data, shownEntries);

  if (collection.isPending || outbox === undefined) return <Loader size="sm" my="md" />;
  if (!collection.data) return <ApiErrorAlert error={collection.error} />;
  const data = applyOutboxToCollection(collection.data, shownEntries);
  const unitNotes = data.reviewNotes.filter((note) => note.indicatorCode === null);
  // Files the server has for this unit (not one whose removal waits in the outbox), to attach elsewhere.
  const serverEvidenceIds = new Set(
    collection.data.answers.flatMap((answer) => answer.evidence.map((item) => item.id)),
  );
  const unitFiles = storedFilesOfUnit(
    data.answers.map((answer) => ({
      indicatorCode: answer.indicatorCode,
      evidence: answer.evidence.filter((item) => serverEvidenceIds.has(item.id)),
    })),
  );
  return (
    <Stack gap="md" py="md" data-touch-targets>
      <LocusLink year={params.year} code={params.code} size="sm">
        {t('collection.back', { entity: data.entity.name, year: data.year })}
      </LocusLink>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title order={1} size="h2">
          {t('collection.title', { unit: data.unit.name, entity: data.entity.name })}
        </Title>
        <Group gap="xs">
          <Badge variant="outline">{t(`collection.status.${data.status}`)}</Badge>
          <AnswerStatusBadge status={pageStatus} label={t('collection.save.pageState')} />
        </Group>
      </Group>
      <UnitWorkflowBar
        year={unit.year}
        entityCode={unit.entityCode}
        unitId={unit.unitId}
        onChanged={refreshNow}
      />
      {data.notEditableReason && (
        <Alert color="yellow" variant="light">
          {t('collection.notEditable', { reason: data.notEditableReason[language] })}
        </Alert>
      )}
      {unitNotes.length > 0 && (
        <Alert color="orange" variant="light" title={t('collection.reviewNotesTitle')}>
          {unitNotes.map((note) => (
            <Text key={note.id} size="sm">
              {note.note}
            </Text>
          ))}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <RespondentsCard unit={unit} collection={data} entriesByRecord={entriesByRecord} />
        <ProvisionalScoreCard
          score={deviceScore ? deviceScore.score : data.provisionalScore}
          respondents={data.respondents}
          computedOnDevice={deviceScore !== null}
        />
      </SimpleGrid>
      <CollectionFormsSection
        unit={unit}
        collection={data}
        registry={registry}
        entriesByRecord={entriesByRecord}
        renderEvidence={(question, respondentId, answer) => (
          <>
            <EvidenceField
              year={unit.year}
              entityCode={unit.entityCode}
              unitId={unit.unitId}
              indicatorCode={question.indicatorCode}
              respondentId={respondentId}
              items={answer?.evidence ?? []}
              outbox={shownEntries}
              needsEvidence={question.needsEvidence}
              disabled={!data.editable}
            />
            {data.editable && (
              <ReuseEvidencePicker
                unit={unit}
                indicatorCode={question.indicatorCode}
                respondentId={respondentId}
                files={unitFiles}
                attached={answer?.evidence ?? []}
              />
            )}
            <EvidenceIntegrityPanel
              unit={unit}
              items={answer?.evidence ?? []}
              decision={data.integrityDecision}
            />
          </>
        )}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ComplaintRecordsCard
          year={unit.year}
          entityCode={unit.entityCode}
          unitId={unit.unitId}
          editable={data.editable}
          outbox={shownEntries}
        />
        <SurveyCard year={unit.year} entityCode={unit.entityCode} unitId={unit.unitId} />
      </SimpleGrid>
      {data.editable && <FieldImportCard unit={unit} editable={data.editable} onImported={refreshNow} />}
    </Stack>
  );
}

function groupByRecord(entries: readonly OutboxEntry[]): Map<string, OutboxEntry[]> {
  const grouped = new Map<string, OutboxEntry[]>();
  for (const entry of entries) grouped.set(entry.recordKey, [...(grouped.get(entry.recordKey) ?? []), entry]);
  return grouped;
}
