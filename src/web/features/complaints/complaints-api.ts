import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import {
  type ComplaintInput,
  complaintListSchema,
  complaintRecordSchema,
} from '../../../contracts/complaints.contract';
import { errorResponseSchema } from '../../../contracts/error.contract';
import { ApiError, getJson, sendJson } from '../../lib/api-client';

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

/** Save (new or over a version) and delete; every outcome reloads the list and its summary. */
export function useComplaintMutations(target: ComplaintTarget) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: complaintsKey(target) });
  const save = useMutation({
    mutationFn: (request: { id: string | null; expectedVersion: number; input: ComplaintInput }) =>
      request.id
        ? sendJson('PATCH', `${complaintsUrl(target)}/${request.id}`, complaintRecordSchema, {
            ...request.input,
            expectedVersion: request.expectedVersion,
          })
        : sendJson('POST', complaintsUrl(target), complaintRecordSchema, request.input),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: async (request: { id: string; expectedVersion: number }) => {
      const response = await fetch(
        `${complaintsUrl(target)}/${request.id}?expectedVersion=${request.expectedVersion}`,
        {
          method: 'DELETE',
          credentials: 'same-origin',
          headers: { accept: 'application/json', 'accept-language': i18next.language || 'id' },
        },
      );
      if (!response.ok) {
        const parsed = errorResponseSchema.safeParse(await response.json().catch(() => undefined));
        throw parsed.success
          ? new ApiError(response.status, parsed.data.error.code, parsed.data.error.message)
          : new ApiError(response.status, 'HTTP_ERROR', `HTTP ${response.status}`);
      }
    },
    onSettled: refresh,
  });
  return { save, remove };
}
