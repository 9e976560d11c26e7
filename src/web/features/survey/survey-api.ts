import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type SurveyResponseExclusionRequest,
  unitSurveyResponsesSchema,
  unitSurveySchema,
} from '../../../contracts/survey.contract';
import { getJson, sendJson } from '../../lib/api-client';

export interface SurveyUnitRef {
  year: number;
  entityCode: string;
  unitId: string;
}

export function unitSurveyUrl({ year, entityCode, unitId }: SurveyUnitRef): string {
  return `/api/cycles/${year}/loci/${encodeURIComponent(entityCode)}/units/${encodeURIComponent(unitId)}/survey`;
}

const surveyQueryKey = (unit: SurveyUnitRef) => ['survey', unit.year, unit.entityCode, unit.unitId];

/** Responses arrive from the public while the team watches: the counter refreshes every 15 s. */
export function useUnitSurvey(unit: SurveyUnitRef) {
  return useQuery({
    queryKey: surveyQueryKey(unit),
    queryFn: () => getJson(unitSurveyUrl(unit), unitSurveySchema),
    refetchInterval: 15_000,
  });
}

export function useCreateSurveyLink(unit: SurveyUnitRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendJson('POST', `${unitSurveyUrl(unit)}/link`, unitSurveySchema),
    onSuccess: (survey) => queryClient.setQueryData(surveyQueryKey(unit), survey),
  });
}

const responsesQueryKey = (unit: SurveyUnitRef) => [
  'survey-responses',
  unit.year,
  unit.entityCode,
  unit.unitId,
];

/** The unit's responses with their stuffing flags, for the verifier. */
export function useUnitSurveyResponses(unit: SurveyUnitRef) {
  return useQuery({
    queryKey: responsesQueryKey(unit),
    queryFn: () => getJson(`${unitSurveyUrl(unit)}/responses`, unitSurveyResponsesSchema),
    refetchInterval: 30_000,
  });
}

/** Excluding or re-including changes the counter, the provisional score and the progress figures too. */
export function useSurveyResponseExclusion(unit: SurveyUnitRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ responseId, body }: { responseId: string; body: SurveyResponseExclusionRequest }) =>
      sendJson(
        'POST',
        `${unitSurveyUrl(unit)}/responses/${encodeURIComponent(responseId)}/exclusion`,
        unitSurveyResponsesSchema,
        body,
      ),
    onSuccess: (responses) => {
      queryClient.setQueryData(responsesQueryKey(unit), responses);
      void queryClient.invalidateQueries({ queryKey: surveyQueryKey(unit) });
      void queryClient.invalidateQueries({
        queryKey: ['collection', unit.year, unit.entityCode, unit.unitId],
      });
      void queryClient.invalidateQueries({ queryKey: ['workflow', unit.year, unit.entityCode, unit.unitId] });
      void queryClient.invalidateQueries({ queryKey: ['progress'] });
    },
  });
}
