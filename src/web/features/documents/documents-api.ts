import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type CreateDocumentJobRequest,
  documentJobListSchema,
  documentJobSchema,
  officeLetterheadListSchema,
  officeLetterheadSchema,
  officeSignatoriesListSchema,
  officeSignatoriesSchema,
  publicDocumentListSchema,
  type SaveSignatoriesRequest,
} from '../../../contracts/documents.contract';
import { getJson, sendJson } from '../../lib/api-client';
import { putJson, uploadFile } from '../cycles/planning-requests';

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

const letterheadsKey = ['documents', 'letterheads'];

/** The letterhead of each office the caller manages that has one. */
export function useLetterheads() {
  return useQuery({
    queryKey: letterheadsKey,
    queryFn: () => getJson('/api/document-letterheads', officeLetterheadListSchema),
  });
}

export function useSaveLetterhead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ office, file }: { office: string; file: File }) =>
      uploadFile(`/api/document-letterheads/${office}`, officeLetterheadSchema, file, 'PUT'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: letterheadsKey }),
  });
}

export function useRemoveLetterhead() {
  const queryClient = useQueryClient();
  return useMutation({
    // 204 without a body.
    mutationFn: (office: string) => sendJson('DELETE', `/api/document-letterheads/${office}`, z.undefined()),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: letterheadsKey }),
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
