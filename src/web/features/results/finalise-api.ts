import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { finaliseResponseSchema, snapshotChangesWithUnitsSchema } from '../../../contracts/finalise.contract';
import { getJson, sendJson } from '../../lib/api-client';

export function useFinaliseCycle(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendJson('POST', `/api/cycles/${year}/finalise`, finaliseResponseSchema),
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
