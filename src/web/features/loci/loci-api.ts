import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { entityListSchema, entitySummarySchema } from '../../../contracts/entities.contract';
import {
  bulkAddLociResponseSchema,
  type ListLociQuery,
  locusDetailSchema,
  locusListSchema,
  myLociSchema,
} from '../../../contracts/loci.contract';
import { unitSchema } from '../../../contracts/units.contract';
import { getJson, sendJson, toQueryString } from '../../lib/api-client';
import { putJson } from '../cycles/planning-requests';

export const lociPageSize = 25;

export function useLoci(year: number, query: Partial<ListLociQuery>) {
  return useQuery({
    queryKey: ['loci', year, 'list', query],
    queryFn: () =>
      getJson(
        `/api/cycles/${year}/loci${toQueryString({ ...query, pageSize: lociPageSize })}`,
        locusListSchema,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useLocus(year: number, code: string) {
  return useQuery({
    queryKey: ['loci', year, code],
    queryFn: () => getJson(`/api/cycles/${year}/loci/${encodeURIComponent(code)}`, locusDetailSchema),
    retry: false,
  });
}

const entityDetailSchema = entitySummarySchema.extend({ units: z.array(unitSchema) });

export function useEntityDetail(code: string) {
  return useQuery({
    queryKey: ['entities', code],
    queryFn: () => getJson(`/api/entities/${encodeURIComponent(code)}`, entityDetailSchema),
  });
}

export function useEntitySearch(search: string, provinceCode: string | undefined) {
  return useQuery({
    queryKey: ['entities', 'search', search, provinceCode],
    queryFn: () =>
      getJson(`/api/entities${toQueryString({ search, provinceCode, pageSize: 20 })}`, entityListSchema),
    enabled: search.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

export function useMyLoci() {
  return useQuery({ queryKey: ['loci', 'mine'], queryFn: () => getJson('/api/my-loci', myLociSchema) });
}

function useInvalidateLoci() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['loci'] });
}

export function useSetLocusUnits(year: number, code: string) {
  const invalidate = useInvalidateLoci();
  return useMutation({
    mutationFn: (unitIds: string[]) =>
      putJson(`/api/cycles/${year}/loci/${encodeURIComponent(code)}`, locusDetailSchema, { unitIds }),
    onSuccess: invalidate,
  });
}

export function useSetLocusTeam(year: number, code: string) {
  const invalidate = useInvalidateLoci();
  return useMutation({
    mutationFn: (team: { assessorIds: string[]; verifierIds: string[] }) =>
      putJson(`/api/cycles/${year}/loci/${encodeURIComponent(code)}/team`, locusDetailSchema, team),
    onSuccess: invalidate,
  });
}

export function useAddLociByProvince(year: number) {
  const invalidate = useInvalidateLoci();
  return useMutation({
    mutationFn: (body: { provinceCode: string; kinds: ('pemprov' | 'pemkab' | 'pemkot')[] }) =>
      sendJson('POST', `/api/cycles/${year}/loci/by-province`, bulkAddLociResponseSchema, body),
    onSuccess: invalidate,
  });
}

const removedLociSchema = z.object({ removed: z.array(z.string()) });

/** Takes entities out of the cycle (the server allows it only in the planning phases). */
export function useRemoveLoci(year: number) {
  const invalidate = useInvalidateLoci();
  return useMutation({
    mutationFn: (entityCodes: string[]) =>
      sendJson('POST', `/api/cycles/${year}/loci/remove`, removedLociSchema, { entityCodes }),
    onSuccess: invalidate,
  });
}
