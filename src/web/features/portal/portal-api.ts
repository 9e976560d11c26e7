import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  publicCycleListSchema,
  publicEntitySchema,
  publicResultListSchema,
} from '../../../contracts/public-results.contract';
import { getJson, toQueryString } from '../../lib/api-client';
import { embeddedPublicEntityUpdatedAt, readEmbeddedPublicEntity } from './embedded-public-entity';

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

/**
 * On the page's first load the answer may have come with the HTML (embedded-public-entity.ts): the cache starts
 * from it, dated at the page's request, and asks the API only once it is stale.
 */
export function usePublicEntity(code: string) {
  return useQuery({
    queryKey: ['public', 'entity', code],
    queryFn: () => getJson(`/api/public/entities/${encodeURIComponent(code)}`, publicEntitySchema),
    initialData: () => readEmbeddedPublicEntity(code),
    initialDataUpdatedAt: embeddedPublicEntityUpdatedAt,
  });
}

/** The open-data file of the table on screen. */
export function exportUrl(filter: ResultsFilter, format: 'csv' | 'xlsx' | 'json'): string {
  return `/api/public/results/export${toQueryString({ ...filter, format })}`;
}
