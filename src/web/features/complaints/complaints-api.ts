import { useQuery } from '@tanstack/react-query';
import { complaintListSchema } from '../../../contracts/complaints.contract';
import { getJson } from '../../lib/api-client';

export interface ComplaintTarget {
  year: number;
  entityCode: string;
  unitId: string;
}

function complaintsUrl({ year, entityCode, unitId }: ComplaintTarget): string {
  return `/api/cycles/${year}/loci/${encodeURIComponent(entityCode)}/units/${unitId}/complaints`;
}

const complaintsKey = (target: ComplaintTarget) => [
  'complaints',
  target.year,
  target.entityCode,
  target.unitId,
];

export function useComplaints(target: ComplaintTarget) {
  return useQuery({
    queryKey: complaintsKey(target),
    queryFn: () => getJson(complaintsUrl(target), complaintListSchema),
    retry: false,
  });
}
