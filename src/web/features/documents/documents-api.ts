import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type CreateDocumentJobRequest,
  documentJobListSchema,
  documentJobSchema,
  officeSignatoriesListSchema,
  officeSignatoriesSchema,
  publicDocumentListSchema,
  type SaveSignatoriesRequest,
} from '../../../contracts/documents.contract';
import { getJson, sendJson } from '../../lib/api-client';
import { putJson } from '../cycles/planning-requests';

export function useSignatories(year: number) {
  return useQuery({
    queryKey: ['documents', 'signatories', year],
    queryFn: () => getJson(`/api/document-signatories?year=${year}`, officeSignatoriesListSchema),
  });
}

export function useSaveSignatories(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ office, body }: { office: string; body: SaveSignatoriesRequest }) =>
      putJson(`/api/document-signatories/${year}/${office}`, officeSignatoriesSchema, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['documents', 'signatories', year] }),
  });
}

/** Jobs, polled every 2 s while one is queued or running so the progress bar moves. */
export function useDocumentJobs() {
  return useQuery({
    queryKey: ['documents', 'jobs'],
    queryFn: () => getJson('/api/document-jobs', documentJobListSchema),
    refetchInterval: (query) =>
      query.state.data?.items.some((job) => job.status === 'queued' || job.status === 'running')
        ? 2000
        : false,
  });
}

export function useCreateDocumentJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateDocumentJobRequest) =>
      sendJson('POST', '/api/document-jobs', documentJobSchema, request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['documents', 'jobs'] }),
  });
}

export function usePublicDocuments(code: string, year: number | undefined) {
  return useQuery({
    queryKey: ['public', 'documents', code, year],
    queryFn: () =>
      getJson(
        `/api/public/entities/${encodeURIComponent(code)}/documents${year ? `?year=${year}` : ''}`,
        publicDocumentListSchema,
      ),
    enabled: year !== undefined,
    retry: false,
  });
}
