import { Alert, Badge, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { ComplaintRecordsCard } from '../complaints/complaint-records-card';
import { LocusLink } from '../cycles/planning-links';
import { EvidenceField } from '../evidence/evidence-field';
import { SurveyCard } from '../survey/survey-card';
import { UnitWorkflowBar } from '../workflow/unit-workflow-bar';
import { AnswerStatusBadge } from './answer-status-badge';
import { type UnitRef, unitCollectionKey, useUnitCollection } from './collection-api';
import { CollectionFormsSection } from './collection-forms-section';
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
  const queryClient = useQueryClient();
  const [registry] = useState(() => new SaveStatusRegistry());
  const pageStatus = usePageSaveStatus(registry);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The provisional score follows the answers; saves in a burst refresh it once.
  const onSaved = useCallback(() => {
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: unitCollectionKey(unit) }),
      1500,
    );
  }, [queryClient, unit]);
  useEffect(() => () => clearTimeout(refreshTimer.current), []);
  const refreshNow = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: unitCollectionKey(unit) }),
    [queryClient, unit],
  );

  useEffect(() => {
    if (pageStatus === 'saved') return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = t('collection.leaveWarning');
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pageStatus, t]);

  if (collection.isPending) return <Loader size="sm" my="md" />;
  if (!collection.data) return <ApiErrorAlert error={collection.error} />;
  const data = collection.data;
  const unitNotes = data.reviewNotes.filter((note) => note.indicatorCode === null);
  return (
    <Stack gap="md" py="md">
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
        <RespondentsCard unit={unit} collection={data} />
        <ProvisionalScoreCard score={data.provisionalScore} />
      </SimpleGrid>
      <CollectionFormsSection
        unit={unit}
        collection={data}
        registry={registry}
        onSaved={onSaved}
        renderEvidence={(question, respondentId, answer) => (
          <EvidenceField
            year={unit.year}
            entityCode={unit.entityCode}
            unitId={unit.unitId}
            indicatorCode={question.indicatorCode}
            respondentId={respondentId}
            items={answer?.evidence ?? []}
            needsEvidence={question.needsEvidence}
            disabled={!data.editable}
            onChanged={refreshNow}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ComplaintRecordsCard
          year={unit.year}
          entityCode={unit.entityCode}
          unitId={unit.unitId}
          editable={data.editable}
        />
        <SurveyCard year={unit.year} entityCode={unit.entityCode} unitId={unit.unitId} />
      </SimpleGrid>
    </Stack>
  );
}
