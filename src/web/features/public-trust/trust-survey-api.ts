import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type TrustResponseExclusionRequest,
  trustResponsesSchema,
  trustSurveySchema,
} from '../../../contracts/public-trust.contract';
import { getJson, sendJson } from '../../lib/api-client';

export interface TrustSurveyRef {
  year: number;
  entityCode: string;
}

export function trustSurveyUrl({ year, entityCode }: TrustSurveyRef): string {
  return `/api/cycles/${year}/loci/${encodeURIComponent(entityCode)}/trust-survey`;
}

const surveyKey = (ref: TrustSurveyRef) => ['trust-survey', ref.year, ref.entityCode];
const responsesKey = (ref: TrustSurveyRef) => ['trust-survey-responses', ref.year, ref.entityCode];

/** The public answers while the team watches: refreshed every 15 s, like the unit survey's counter. */
export function useTrustSurvey(ref: TrustSurveyRef) {
  return useQuery({
    queryKey: surveyKey(ref),
    queryFn: () => getJson(trustSurveyUrl(ref), trustSurveySchema),
    refetchInterval: 15_000,
  });
}

export function useCreateTrustSurveyLink(ref: TrustSurveyRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendJson('POST', `${trustSurveyUrl(ref)}/link`, trustSurveySchema),
    onSuccess: (survey) => queryClient.setQueryData(surveyKey(ref), survey),
  });
}

export function useTrustSurveyResponses(ref: TrustSurveyRef, enabled: boolean) {
  return useQuery({
    queryKey: responsesKey(ref),
    queryFn: () => getJson(`${trustSurveyUrl(ref)}/responses`, trustResponsesSchema),
    refetchInterval: 30_000,
    enabled,
  });
}

/** Excluding or counting again changes the counter and the score too. */
export function useTrustResponseExclusion(ref: TrustSurveyRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ responseId, body }: { responseId: string; body: TrustResponseExclusionRequest }) =>
      sendJson(
        'POST',
        `${trustSurveyUrl(ref)}/responses/${encodeURIComponent(responseId)}/exclusion`,
        trustResponsesSchema,
        body,
      ),
    onSuccess: (responses) => {
      queryClient.setQueryData(responsesKey(ref), responses);
      void queryClient.invalidateQueries({ queryKey: surveyKey(ref) });
    },
  });
}
