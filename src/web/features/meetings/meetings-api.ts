import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { meetingSchema, type saveMeetingRequestSchema } from '../../../contracts/meetings.contract';
import { getJson } from '../../lib/api-client';
import { putJson, uploadFile } from '../cycles/planning-requests';

export function meetingUrl(year: number, code: string, kind: 'entry' | 'exit'): string {
  return `/api/cycles/${year}/loci/${encodeURIComponent(code)}/meetings/${kind}`;
}

export function useMeeting(year: number, code: string, kind: 'entry' | 'exit') {
  return useQuery({
    queryKey: ['meetings', year, code, kind],
    queryFn: () => getJson(meetingUrl(year, code, kind), meetingSchema),
    retry: false,
  });
}

export function useSaveMeeting(year: number, code: string, kind: 'entry' | 'exit') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof saveMeetingRequestSchema>) =>
      putJson(meetingUrl(year, code, kind), meetingSchema, body),
    onSuccess: (meeting) => queryClient.setQueryData(['meetings', year, code, kind], meeting),
  });
}

export function useUploadAttachment(year: number, code: string, kind: 'entry' | 'exit') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile(
        `${meetingUrl(year, code, kind)}/attachments?fileName=${encodeURIComponent(file.name)}`,
        meetingSchema,
        file,
      ),
    onSuccess: (meeting) => queryClient.setQueryData(['meetings', year, code, kind], meeting),
  });
}
