import { useQuery } from '@tanstack/react-query';
import { cycleProgressSchema } from '../../../contracts/progress.contract';
import { getJson, toQueryString } from '../../lib/api-client';

export function useCycleProgress(year: number, filter: { province?: string; entity?: string } = {}) {
  return useQuery({
    queryKey: ['progress', year, filter],
    queryFn: () => getJson(`/api/cycles/${year}/progress${toQueryString(filter)}`, cycleProgressSchema),
  });
}
