import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  publicCycleListSchema,
  publicEntitySchema,
  publicResultListSchema,
} from '../../../contracts/public-results.contract';
import { getJson, toQueryString } from '../../lib/api-client';

export interface ResultsFilter {
  year?: number | undefined;
  kind?: string | undefined;
  province?: string | undefined;
}

export function usePublicCycles() {
  return useQuery({
    queryKey: ['public', 'cycles'],
    queryFn: () => getJson('/api/public/cycles', publicCycleListSchema),
  });
}

export function usePublicResults(filter: ResultsFilter, enabled = true) {
  return useQuery({
    queryKey: ['public', 'results', filter],
    queryFn: () => getJson(`/api/public/results${toQueryString({ ...filter })}`, publicResultListSchema),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePublicEntity(code: string) {
  return useQuery({
    queryKey: ['public', 'entity', code],
    queryFn: () => getJson(`/api/public/entities/${encodeURIComponent(code)}`, publicEntitySchema),
  });
}

/** The open-data file of the table on screen. */
export function exportUrl(filter: ResultsFilter, format: 'csv' | 'xlsx' | 'json'): string {
  return `/api/public/results/export${toQueryString({ ...filter, format })}`;
}
