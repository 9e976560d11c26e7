import { useQuery } from '@tanstack/react-query';
import { methodologyEditionSchema, methodologyListSchema } from '../../../contracts/methodology.contract';
import { getJson } from '../../lib/api-client';

/** Editions never change while the server runs: keep them for the visit. */
const staleTime = 5 * 60 * 1000;

export function useMethodologyList() {
  return useQuery({
    queryKey: ['public', 'methodologies'],
    queryFn: () => getJson('/api/public/methodologies', methodologyListSchema),
    staleTime,
  });
}

export function useMethodologyEdition(ref: string | undefined) {
  return useQuery({
    queryKey: ['public', 'methodologies', ref],
    queryFn: () =>
      getJson(`/api/public/methodologies/${encodeURIComponent(ref ?? '')}`, methodologyEditionSchema),
    enabled: ref !== undefined,
    staleTime,
  });
}
