import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unitSurveySchema } from '../../../contracts/survey.contract';
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
