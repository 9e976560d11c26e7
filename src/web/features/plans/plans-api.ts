import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type CreatePlanRequest,
  type newPlanItemSchema,
  planListSchema,
  planSchema,
  simulatorInputSchema,
  type UpdatePlanItemRequest,
} from '../../../contracts/plans.contract';
import { getJson, sendJson, toQueryString } from '../../lib/api-client';
import { uploadFile } from '../cycles/planning-requests';

export function planUrl(code: string, year: number): string {
  return `/api/plans/${encodeURIComponent(code)}/${year}`;
}

export function useSimulatorInput(code: string, year?: number) {
  return useQuery({
    queryKey: ['plans', 'simulator', code, year ?? null],
    queryFn: () =>
      getJson(
        `/api/plans/simulator/${encodeURIComponent(code)}${toQueryString({ year })}`,
        simulatorInputSchema,
      ),
    retry: false,
  });
}

export function usePlanList(filters: { year?: number; provinceCode?: string; overdueOnly?: boolean }) {
  return useQuery({
    queryKey: ['plans', 'list', filters],
    queryFn: () =>
      getJson(
        `/api/plans${toQueryString({ year: filters.year, provinceCode: filters.provinceCode, overdueOnly: filters.overdueOnly ? 'true' : undefined })}`,
        planListSchema,
      ),
  });
}

export function usePlan(code: string, year: number | undefined) {
  return useQuery({
    queryKey: ['plans', 'plan', code, year],
    queryFn: () => getJson(planUrl(code, year ?? 0), planSchema),
    enabled: year !== undefined,
    retry: false,
  });
}

function usePlanMutation<Input>(
  code: string,
  year: number,
  send: (input: Input) => Promise<z.infer<typeof planSchema>>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (plan) => {
      queryClient.setQueryData(['plans', 'plan', code, year], plan);
      void queryClient.invalidateQueries({ queryKey: ['plans', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export function useCreatePlan(code: string, year: number) {
  return usePlanMutation(code, year, (body: CreatePlanRequest) =>
    sendJson('POST', planUrl(code, year), planSchema, body),
  );
}

export function useAddPlanItem(code: string, year: number) {
  return usePlanMutation(code, year, (body: z.input<typeof newPlanItemSchema>) =>
    sendJson('POST', `${planUrl(code, year)}/items`, planSchema, body),
  );
}

export function useUpdatePlanItem(code: string, year: number) {
  return usePlanMutation(code, year, ({ itemId, ...body }: UpdatePlanItemRequest & { itemId: string }) =>
    sendJson('PATCH', `${planUrl(code, year)}/items/${itemId}`, planSchema, body),
  );
}

export function useRemovePlanItem(code: string, year: number) {
  return usePlanMutation(code, year, ({ itemId, version }: { itemId: string; version: number }) =>
    sendJson('DELETE', `${planUrl(code, year)}/items/${itemId}?version=${version}`, planSchema),
  );
}

export function useUploadPlanEvidence(code: string, year: number) {
  return usePlanMutation(code, year, ({ itemId, file }: { itemId: string; file: File }) =>
    uploadFile(
      `${planUrl(code, year)}/items/${itemId}/files?fileName=${encodeURIComponent(file.name)}`,
      planSchema,
      file,
    ),
  );
}
