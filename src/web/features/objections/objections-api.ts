import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { provisionalResultSchema } from '../../../contracts/finalise.contract';
import {
  type DecideObjectionRequest,
  type fileObjectionRequestSchema,
  objectionListSchema,
  objectionSchema,
} from '../../../contracts/objections.contract';
import { getJson, sendJson, toQueryString } from '../../lib/api-client';
import { uploadFile } from '../cycles/planning-requests';

export function useProvisionalResult(year: number, entityCode: string | null) {
  return useQuery({
    queryKey: ['provisional', year, entityCode],
    queryFn: () =>
      getJson(
        `/api/cycles/${year}/provisional-results${toQueryString({ entity: entityCode ?? '' })}`,
        provisionalResultSchema,
      ),
    enabled: entityCode !== null && entityCode !== '',
    retry: false,
  });
}

export function useObjections(year: number, entityCode: string | null) {
  return useQuery({
    queryKey: ['objections', year, entityCode],
    queryFn: () =>
      getJson(
        `/api/cycles/${year}/objections${toQueryString({ entity: entityCode ?? undefined })}`,
        objectionListSchema,
      ),
  });
}

export function useFileObjection(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { body: z.input<typeof fileObjectionRequestSchema>; files: File[] }) => {
      let objection = await sendJson('POST', `/api/cycles/${year}/objections`, objectionSchema, input.body);
      for (const file of input.files)
        objection = await uploadFile(
          `/api/cycles/${year}/objections/${objection.id}/files?fileName=${encodeURIComponent(file.name)}`,
          objectionSchema,
          file,
        );
      return objection;
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['objections', year] }),
  });
}

export function useDecideObjection(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; body: DecideObjectionRequest }) =>
      sendJson('POST', `/api/cycles/${year}/objections/${input.id}/decision`, objectionSchema, input.body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['objections', year] }),
  });
}
