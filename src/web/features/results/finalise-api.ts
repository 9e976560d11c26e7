import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type FinaliseRequest,
  finaliseReadinessSchema,
  finaliseResponseSchema,
  snapshotChangesWithUnitsSchema,
} from '../../../contracts/finalise.contract';
import { getJson, sendJson } from '../../lib/api-client';

export function useFinaliseCycle(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: FinaliseRequest) =>
      sendJson('POST', `/api/cycles/${year}/finalise`, finaliseResponseSchema, request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['results'] }),
  });
}

export function useSnapshotChanges(snapshotId: string | null) {
  return useQuery({
    queryKey: ['results', 'changes', snapshotId],
    queryFn: () =>
      getJson(`/api/results/snapshots/${snapshotId ?? ''}/changes`, snapshotChangesWithUnitsSchema),
    enabled: snapshotId !== null,
  });
}

/** What keeps each locus from publication; refreshed after each finalise. */
export function useFinaliseReadiness(year: number) {
  return useQuery({
    queryKey: ['results', 'readiness', year],
    queryFn: () => getJson(`/api/cycles/${year}/finalise/readiness`, finaliseReadinessSchema),
  });
}
