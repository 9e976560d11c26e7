import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { unitTypeSchema } from '../../../contracts/units.contract';
import { getJson, sendJson } from '../../lib/api-client';

// The same query key the units panel reads, so a catalogue change shows in its unit-type list at once.
const unitTypesKey = ['unit-types'];

export function useUnitTypes() {
  return useQuery({
    queryKey: unitTypesKey,
    queryFn: () => getJson('/api/unit-types', z.array(unitTypeSchema)),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useUpdateUnitType(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: { nameId?: string; nameEn?: string; sortOrder?: number; isActive?: boolean }) =>
      sendJson('PATCH', `/api/unit-types/${encodeURIComponent(code)}`, unitTypeSchema, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitTypesKey }),
  });
}

export function useCreateUnitType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: { code: string; nameId: string; nameEn: string; sortOrder: number }) =>
      sendJson('POST', '/api/unit-types', unitTypeSchema, values),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitTypesKey }),
  });
}
