import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type createCycleRequestSchema,
  cycleEditionListSchema,
  cycleListSchema,
  cycleSchema,
  type updateCycleRequestSchema,
} from '../../../contracts/cycles.contract';
import { getJson, sendJson } from '../../lib/api-client';

export function useCycles() {
  return useQuery({ queryKey: ['cycles', 'list'], queryFn: () => getJson('/api/cycles', cycleListSchema) });
}

export function useCycle(year: number) {
  return useQuery({ queryKey: ['cycles', year], queryFn: () => getJson(`/api/cycles/${year}`, cycleSchema) });
}

export function useCycleEditions() {
  return useQuery({
    queryKey: ['cycle-editions'],
    queryFn: () => getJson('/api/cycle-editions', cycleEditionListSchema),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCreateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof createCycleRequestSchema>) =>
      sendJson('POST', '/api/cycles', cycleSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cycles'] }),
  });
}

export function useUpdateCycle(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof updateCycleRequestSchema>) =>
      sendJson('PATCH', `/api/cycles/${year}`, cycleSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cycles'] }),
  });
}
