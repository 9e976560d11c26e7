import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { acceptLociResultSchema, workQueueSchema } from '../../../contracts/work-queues.contract';
import { getJson, sendJson } from '../../lib/api-client';

export function useWorkQueue() {
  return useQuery({
    queryKey: ['work-queue'],
    queryFn: () => getJson('/api/work-queue', workQueueSchema),
    staleTime: 30_000,
  });
}

/** The centre's bulk accept: one request per cycle year, each locus accepted (and audited) on its own. */
export function useAcceptLoci() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (selected: { year: number; entityCode: string }[]) => {
      const years = [...new Set(selected.map((item) => item.year))];
      const results = await Promise.all(
        years.map((year) =>
          sendJson('POST', `/api/cycles/${year}/loci/accept`, acceptLociResultSchema, {
            codes: selected.filter((item) => item.year === year).map((item) => item.entityCode),
          }),
        ),
      );
      return {
        accepted: results.flatMap((result) => result.accepted),
        refused: results.flatMap((result) => result.refused),
      };
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['work-queue'] });
      void queryClient.invalidateQueries({ queryKey: ['approval'] });
      void queryClient.invalidateQueries({ queryKey: ['progress'] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}
