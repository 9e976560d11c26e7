import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type ImportProblem,
  type ImportResultsRequest,
  importProblemSchema,
  importResultsResponseSchema,
  resultSnapshotListSchema,
} from '../../../contracts/results.contract';
import { importProblemsToCsv } from '../../../reports/csv/import-problems-csv';
import { getJson, isApiError, sendJson } from '../../lib/api-client';

export function useResultSnapshots() {
  return useQuery({
    queryKey: ['results', 'snapshots'],
    queryFn: () => getJson('/api/results/snapshots', resultSnapshotListSchema),
  });
}

export function useImportResults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      request: Partial<ImportResultsRequest> & Pick<ImportResultsRequest, 'fileName' | 'contentBase64'>,
    ) => sendJson('POST', '/api/results/imports', importResultsResponseSchema, request),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['results'] });
      void queryClient.invalidateQueries({ queryKey: ['public'] });
    },
  });
}

/** The row-level problems of a rejected file, when the error is one. */
export function importProblemsOf(error: unknown): ImportProblem[] {
  if (!isApiError(error, 'IMPORT_INVALID')) return [];
  const parsed = z.array(importProblemSchema).safeParse(error.details);
  return parsed.success ? parsed.data : [];
}

/** Base64 of a chosen file, as the import API takes it. */
export async function readFileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/** The problems as a CSV to download and fix the file with (the project's one, formula-safe CSV writer). */
export function problemsCsvUrl(problems: readonly ImportProblem[]): string {
  return URL.createObjectURL(new Blob([importProblemsToCsv(problems)], { type: 'text/csv' }));
}

/** How many problems a rejected file has: the server sends the first 1,000 and counts them all. */
export function importProblemTotalOf(error: unknown): number {
  if (!isApiError(error, 'IMPORT_INVALID')) return 0;
  return error.detailsTotal ?? importProblemsOf(error).length;
}
